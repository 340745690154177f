// generate ran first and rewrote the stale pack (the clone's files are current now); check must not
// pass on them: it fails with the diff between the committed pack and the regenerated one.
def log = new File(basedir, 'build.log').text
def pack = new File(basedir, 'context-pack')

assert log =~ /context-pack:[^:]+:generate \(default\) @ check-after-generate/
assert log =~ /context-pack:[^:]+:check \(default\) @ check-after-generate/
assert log.contains('context-pack: 2 entities; 2 files written')
assert log.contains('[ERROR] -| `label` | `label` | `varchar(80)` | **NOT NULL** |')
assert log.contains('[ERROR] +| `label` | `label` | `varchar(120)` | **NOT NULL** |')
assert log.contains('context-pack was stale: context-pack:generate rewrote 3 file(s) earlier in this build (see the diff above).'
        + ' The files on disk are current now: review and commit them (git add context-pack).')
assert new File(pack, 'entities/Parcel.md').text.contains('`varchar(120)`') : 'generate did write'
return true
