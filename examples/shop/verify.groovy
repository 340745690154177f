// Run by the context-pack build (not needed when you copy this example): `mvn verify` on a clone of
// this directory runs generate, then check; check fails the build when the committed context-pack/ is stale.
def log = new File(basedir, 'build.log').text
assert log =~ /context-pack:[^:]+:check \(default\) @ shop/ : 'the check goal did not run'
assert log.contains('[INFO] context-pack: context-pack is up to date.')
return true
