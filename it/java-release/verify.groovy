// The classes were compiled for the JDK running this build; the plugin must read them there.
def feature = Runtime.version().feature()
def major = new File(basedir, 'target/classes/com/example/fleet/Truck.class').withInputStream { s ->
    def b = new byte[8]; s.read(b); ((b[6] & 0xff) << 8) | (b[7] & 0xff)
}
assert major == 44 + feature : "Truck.class has version ${major}, expected ${44 + feature}"
def yaml = new File(basedir, 'context-pack/context-pack.yaml').text
assert yaml.contains('name: Truck')
assert yaml.contains('strategy: JOINED')
assert yaml.contains('embeddableClass: com.example.fleet.Dimensions')
assert yaml.contains('name: lengthCm')
// Truck is a final class: that it cannot be proxied is stated from the bytecode (provenance annotation), since Hibernate
// cannot build a SessionFactory to confirm it: it cannot define a proxy subclass of the sealed Vehicle. Every mapping fact is verified.
def mapping = yaml.replaceAll(/- name: not proxied\n        detail: a final class\n        effect: [^\n]+\n        provenance: annotation\n/, '')
assert mapping != yaml : 'Truck is final: not proxied'
assert !mapping.contains('provenance: annotation') : 'every fact verified by Hibernate'
return true
