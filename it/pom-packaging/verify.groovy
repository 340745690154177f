// pom packaging: the bound generate execution runs, says it skipped, and creates nothing.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log =~ /context-pack:[^:]+:generate \(default\) @ pom-packaging/ : 'the generate execution did not run'
assert log.contains('[INFO] context-pack: skipped, a pom module has no classes.')
assert !new File(basedir, 'context-pack').exists() : 'context-pack/ was created for a pom module'
assert !(log =~ /context-pack: \d+ entities/)
return true
