// failOnError=true: Hibernate's rejection of Owner.visits fails the build with a message that names
// the parameter, after the rejection itself was logged as a warning.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
assert log =~ /\[WARNING\] \[CP-BOOT-REJECTED\] com\.example\.clinic\.Owner\.visits: /
def error = log.readLines().find { it.startsWith('[ERROR]') && it.contains('context-pack: Hibernate rejected') }
assert error != null : 'no context-pack failure message in build.log'
assert error.contains('Hibernate rejected 1 mapping(s)')
assert error.contains('failOnError')
assert error.contains('on project fail-on-error')
// the message points at the pack's findings: the pack was still written, with the finding
def yaml = new File(basedir, 'context-pack/context-pack.yaml')
assert yaml.isFile()
assert yaml.text =~ /- code: CP-BOOT-REJECTED\s+severity: error\s+className: com\.example\.clinic\.Owner\s+member: visits\s/
return true
