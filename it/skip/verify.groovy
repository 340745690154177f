// -Dcontext-pack.skip=true: the goal runs, says it skipped, and creates nothing.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log =~ /context-pack:[^:]+:generate \(default\) @ skip/ : 'the generate execution did not run'
assert log.contains('[INFO] context-pack: skipped (context-pack.skip=true).')
assert new File(basedir, 'target/classes/com/example/skipped/Ticket.class').isFile() : 'the module was not compiled'
assert !new File(basedir, 'context-pack').exists() : 'context-pack/ was created although the goal was skipped'
assert !(log =~ /context-pack: \d+ entities/)
return true
