// The committed pack says varchar(80); the entity now says length = 120 and nobody regenerated.
// context-pack:check fails, shows a diff naming the change, tells how to fix it, and writes nothing.
def log = new File(basedir, 'build.log').text
def pack = new File(basedir, 'context-pack')

assert log =~ /context-pack:[^:]+:check \(default\) @ check-drift/ : 'the check execution did not run'
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] changed: context-pack/entities/Parcel.md')
assert log.contains('[ERROR] --- context-pack/entities/Parcel.md (committed)')
assert log.contains('[ERROR] +++ context-pack/entities/Parcel.md (regenerated)')
assert log.contains('[ERROR] -| `label` | `label` | `varchar(80)` | **NOT NULL** |')
assert log.contains('[ERROR] +| `label` | `label` | `varchar(120)` | **NOT NULL** |')
assert log.contains('[ERROR] changed: context-pack/context-pack.yaml')
assert log.contains('[ERROR] +            length: 120')
assert !log.contains('changed: context-pack/entities/Depot.md') : 'Depot did not change'
assert log =~ /context-pack is stale: 3 file\(s\) differ from what the current code generates \(see the diff above\)\. Regenerate and commit it: `mvn process-classes`, then git add context-pack/
assert !log.contains('--- context-pack/.context-pack-manifest') : 'the manifest diff is noise next to the files it hashes'

// nothing was written: the stale text is still there and no temporary file was left
assert new File(pack, 'entities/Parcel.md').text.contains('`varchar(80)`')
assert new File(pack, 'context-pack.yaml').text.contains('length: 80')
def temps = []
pack.eachFileRecurse { if (it.name.endsWith('.tmp')) temps << it }
assert temps.isEmpty()
return true
