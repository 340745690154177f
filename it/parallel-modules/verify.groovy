// -T 2 over three modules: each module's pack is complete, its manifest matches the bytes on disk,
// no temporary or lock file is left, and the second parallel build writes nothing.
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
assert log.contains('with a thread count of 2') : 'the build ran with -T 2'

def modules = [kitchen: ['Pot', 'Lid'], garden: ['Bed', 'Plant'], garage: ['Car', 'Wheel']]
modules.each { module, entities ->
    def pack = new File(basedir, "${module}/context-pack")
    def expected = ['README.md', 'context-pack.yaml'] + entities.collect { "entities/${it}.md".toString() }
    // the pack's other pages (conventions, ...) are generated too: every listed file is checked below
    def manifest = [:]
    new File(pack, '.context-pack-manifest').readLines().findAll { !it.startsWith('#') && !it.isBlank() }.each {
        def split = it.indexOf('  ')
        assert !manifest.containsKey(it.substring(split + 2)) : "${module}: one hash per file in the final manifest"
        manifest[it.substring(split + 2)] = it.substring(0, split)
    }
    assert manifest.keySet().containsAll(expected) : "${module}: manifest lists ${manifest.keySet()}"
    def onDisk = []
    pack.eachFileRecurse { if (it.isFile() && !it.name.startsWith('.')) onDisk << pack.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    assert onDisk.sort() == manifest.keySet().sort() : "${module}: files ${onDisk} but manifest ${manifest.keySet()}"
    manifest.each { path, hash ->
        def bytes = new File(pack, path).bytes
        assert MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() == hash : "${module}/${path} does not match its hash"
        assert new String(bytes, 'UTF-8').endsWith('\n')
    }
    def leftovers = []
    pack.eachFileRecurse { if (it.name.endsWith('.tmp') || it.name == '.context-pack.lock') leftovers << it }
    assert leftovers.isEmpty() : "left behind: ${leftovers}"
    def child = entities[1]
    assert new File(pack, "entities/${child}.md").text.contains("Set `${child}.") : "${module}: rules derived"
    assert new File(pack, 'context-pack.yaml').text.contains("module: ${module}")
}

def runs = (log =~ /context-pack: 2 entities; (\d+) files written, (\d+) unchanged, (\d+) removed/).collect { it[1..3]*.toInteger() }
assert runs.size() == 6 : "three modules, two builds: ${runs}"
def files = new File(basedir, 'kitchen/context-pack/.context-pack-manifest').readLines().count { !it.startsWith('#') && !it.isBlank() }
assert runs.count { it == [files, 0, 0] } == 3 : "first build: ${runs}"
assert runs.count { it == [0, files, 0] } == 3 : "second build wrote files again: ${runs}"
return true
