// The baseline accepts the trap; the build passes and the pack still lists the finding as accepted.
def suppressions = new File(basedir, 'context-pack-suppressions.yaml').text
assert suppressions.contains('code: CP-TRAP-REMOVE-MANY-TO-MANY')
assert suppressions.contains('class: com.example.trap.Playlist')
assert suppressions.contains('reason: "baseline: ')
def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
assert !log.contains('[WARNING] [CP-TRAP-REMOVE-MANY-TO-MANY]') || log.indexOf('[WARNING] [CP-TRAP-REMOVE-MANY-TO-MANY]') < log.lastIndexOf('wrote the current findings')
def yaml = new File(basedir, 'context-pack/context-pack.yaml').text
assert yaml =~ /code: CP-TRAP-REMOVE-MANY-TO-MANY[\s\S]*suppressed: "baseline: /
return true
