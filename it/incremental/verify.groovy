// The second build finds the fingerprint of the first (classes, class path, parameters, templates,
// plugin, pack) unchanged and does no work: one log line, no Hibernate boot, no file touched. The third
// build asks for CLAUDE.md: a parameter changed, so it runs in full.
def log = new File(basedir, 'build.log').text
def runs = log.split(/--- context-pack:[^:]+:generate \(default\) @ incremental ---/).drop(1)
assert runs.size() == 3 : "expected three generate executions, got ${runs.size()}"

assert runs[0].contains('context-pack: 2 entities; 5 files written, 0 unchanged, 0 removed')
assert runs[0].contains('context-pack: AGENTS.md: section of incremental created.')

def second = runs[1].readLines().findAll { it.contains('context-pack') }
assert second == ['[INFO] context-pack: nothing changed since the last run (classes, class path, parameters, templates, plugin, pack);'
        + ' skipped. -Dcontext-pack.incremental=false forces a run.'] : "the second build did work: ${second}"
assert !runs[1].contains('HHH') : 'Hibernate was booted'

assert runs[2].contains('context-pack: 2 entities; 0 files written, 5 unchanged, 0 removed')
assert runs[2].contains('context-pack: CLAUDE.md: section of incremental created.')
assert new File(basedir, 'CLAUDE.md').isFile()
def fingerprint = new File(basedir, 'target/context-pack.fingerprint')
assert fingerprint.isFile()
assert fingerprint.text.contains('parameter claudeMd = true')
return true
