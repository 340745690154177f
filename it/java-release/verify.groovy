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
// Vehicle is sealed: Hibernate cannot build its SessionFactory (the JVM refuses the proxy subclass it defines), an error finding.
// So that Truck (final) and Vehicle (sealed) cannot be proxied is stated from the bytecode (provenance annotation); every
// mapping fact is verified by Hibernate's boot model.
assert yaml =~ /code: CP-SEALED-ENTITY\s+severity: error\s+className: com\.example\.fleet\.Vehicle\s/ : 'the sealed Vehicle is a finding'
def mapping = yaml.replaceAll(/- name: not proxied\n        detail: a (final|sealed) class\n        effect: [^\n]+\n        provenance: annotation\n/, '')
assert yaml.length() - mapping.length() > 0 : 'Truck and Vehicle: not proxied'
assert !mapping.contains('provenance: annotation') : 'every fact verified by Hibernate'
return true
