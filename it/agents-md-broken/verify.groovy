// A broken marker fails the build with the file, the line and the fix; AGENTS.md stays byte for byte.
def log = new File(basedir, 'build.log').text
assert log.contains('AGENTS.md:5: a begin marker for module agents-md-broken without its end marker.'
        + ' The file was left unchanged: add `<!-- context-pack:end module=agents-md-broken -->` where the section ends,'
        + ' or delete the begin marker, then rebuild.')
assert Arrays.equals(new File(basedir, 'AGENTS.md').bytes, new File(basedir, 'AGENTS.md.expected').bytes) : 'AGENTS.md was modified'
def temps = basedir.listFiles().findAll { it.name.endsWith('.tmp') }
assert temps.isEmpty()
return true
