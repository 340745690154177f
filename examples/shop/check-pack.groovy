// Run by the context-pack build (not needed when you copy this example): regenerating the pack
// into a clone of this directory must write nothing, or the committed context-pack/ is stale.
def log = new File(basedir, 'build.log').text
def m = log =~ /context-pack: \d+ entities; (\d+) files written/
assert m.find() : 'the generate goal did not run'
assert m.group(1) == '0' : "examples/${basedir.name}/context-pack is stale: run README's main-job command and commit the result"
return true
