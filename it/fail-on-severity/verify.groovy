// failOnSeverity=warning: the trap finding fails the build, and the pack still records it.
def log = new File(basedir, 'build.log').text
assert log.contains('context-pack: 1 finding(s) of severity warning or worse')
assert log.contains('[CP-TRAP-REMOVE-MANY-TO-MANY] com.example.trap.Playlist')
def yaml = new File(basedir, 'context-pack/context-pack.yaml').text
assert yaml.contains('code: CP-TRAP-REMOVE-MANY-TO-MANY')
return true
