// Kotlin entities compiled by kotlin-maven-plugin (jpa no-arg preset, all-open for @Entity): the pack is built
// from the compiled classes with the plugin added as README says, and states what Kotlin's compilation means
// for Hibernate: a final entity that cannot be proxied, and Kotlin nullability against the columns.
def pack = new File(basedir, 'context-pack')
def yaml = new File(pack, 'context-pack.yaml').text
def truckPage = new File(pack, 'entities/Truck.md').text
def depotPage = new File(pack, 'entities/Depot.md').text
def modelPage = new File(pack, 'entities/TruckModel.md').text
def log = new File(basedir, 'build.log').text

assert log.contains("kotlin:") && log.contains("Applied plugin: 'jpa'") && log.contains("Applied plugin: 'all-open'")
assert log.contains('context-pack: 3 entities;')
// every entity is verified by Hibernate's boot: Kotlin classes boot like Java ones
['Depot', 'Truck', 'TruckModel'].each { e ->
    assert yaml =~ /(?m)^  - name: ${e}\n    className: com\.example\.fleet\.${e}\n    provenance: verified\n/ : e
}
assert !log.contains('CP-BOOT') && !log.contains('CP-NO-NOARG-CONSTRUCTOR') : 'the jpa preset gives every entity a no-arg constructor'

// The mapped superclass's Kotlin properties are inherited: id Long? generated, version Int
assert yaml.contains('identifier:\n      kind: simple\n      attribute: id\n      javaType: Long\n') : 'id from BaseEntity'
assert (yaml =~ /name: version\n        javaType: int\n        declaredIn: com\.example\.fleet\.BaseEntity\n/).find() : 'version from BaseEntity'

// TruckModel is declared final, which all-open keeps: Hibernate has no proxy for it, so Truck.model is loaded at once
assert log.contains('[CP-FINAL-ENTITY-NOT-PROXIED] com.example.fleet.Truck.model: `Truck.model` is LAZY, but Hibernate cannot proxy TruckModel (a final Kotlin class)')
assert truckPage.contains('| `LAZY not applied` | `model` | `TruckModel: a final Kotlin class` | Hibernate cannot proxy TruckModel, so it loads `model` at once with the Truck: one more SELECT per Truck row')
assert modelPage.contains('| `not proxied` | entity | `a final Kotlin class` |') && modelPage.contains('(`Truck.model`) load it at once.')
// Depot and Truck are opened by all-open: LAZY links to them are proxies, no finding
assert !(log =~ /CP-FINAL-ENTITY-NOT-PROXIED\] com\.example\.fleet\.Truck\.depot/)
assert !depotPage.contains('not proxied')
// the verdict is Hibernate's (its SessionFactory gave TruckModel no proxy factory)
assert yaml =~ /- name: LAZY not applied\s+member: model\s+detail: "TruckModel: a final Kotlin class"\s+effect: [^\n]+\s+provenance: verified/ : 'the LAZY-not-applied behaviour is verified'

// Kotlin nullability, read from kotlinc's @NotNull/@Nullable on the fields, stated on each page
assert depotPage.contains('| `Kotlin nullability` | entity | `non-null: bays, name, region; nullable: city` |')
assert truckPage.contains('| `Kotlin nullability` | entity | `non-null: depot, plate; nullable: mileage, model, nickname` |')
// non-null `region: String` on a nullable column; nullable `nickname: String?` on a NOT NULL column
assert log.contains('[CP-KOTLIN-NULLABILITY] com.example.fleet.Depot.region: `Depot.region` is non-null in Kotlin, but its column `Depot.region` allows NULL')
assert log.contains('[CP-KOTLIN-NULLABILITY] com.example.fleet.Truck.nickname: `Truck.nickname` is nullable in Kotlin, but its column `Truck.nickname` is NOT NULL')
// where Kotlin and the column agree, nothing: name (NOT NULL), city (nullable), depot (optional = false), model (nullable), id (generated)
['Depot.name', 'Depot.city', 'Truck.depot', 'Truck.model:', 'Truck.plate', 'Depot.id', 'Truck.id'].each { m ->
    assert !log.contains("[CP-KOTLIN-NULLABILITY] com.example.fleet.${m}") : m
}
assert (log =~ /\[CP-KOTLIN-NULLABILITY\]/).count == 2

// The Kotlin repository is read with the project's Spring Data and its queries checked by Hibernate
def repoPage = new File(pack, 'repositories/TruckRepository.md').text
assert repoPage.contains('### `findByPlate(String plate)`') && repoPage.contains('returns one Truck or null')
assert repoPage.contains('Finds Truck entities whose `depot.name` = `name`, ordered by `plate` ascending')
assert !log.contains('CP-QUERY-INVALID')
return true
