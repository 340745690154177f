// Hibernate rejects Owner (mappedBy names an attribute Visit does not have) and cannot load Vaccine (its
// field type comes from a provided dependency). With the default failOnError=false the build succeeds; both
// are described from their bytecode, marked unverified with the reason and the fix, while Vet and Visit are
// still verified by Hibernate's boot model.
def pack = new File(basedir, 'context-pack')
def yaml = new File(pack, 'context-pack.yaml').text
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
// a warning naming the bad class and member
def warning = log.readLines().find { it.startsWith('[WARNING]') && it.contains('CP-BOOT-REJECTED') && it.contains('Owner') }
assert warning != null : 'no CP-BOOT-REJECTED warning for Owner in build.log'
assert warning.contains('com.example.clinic.Owner.visits')
assert warning.contains('doesNotExist')
assert log.readLines().any { it.startsWith('[WARNING]') && it.contains('CP-BOOT-REJECTED') && it.contains('com.example.clinic.Vaccine')
        && it.contains('jakarta.inject.Provider') }
assert log.contains('context-pack: 4 entities;')

// the finding in the YAML names the class and the member
assert yaml =~ /(?m)^findings:$/
assert yaml =~ /- code: CP-BOOT-REJECTED\s+severity: error\s+className: com\.example\.clinic\.Owner\s+member: visits\s/
assert !(yaml =~ /- code: CP-BOOT-REJECTED\s+severity: error\s+className: com\.example\.clinic\.(Vet|Visit)\s/)

// provenance: the rejected entities from their bytecode, the others verified
def provenanceOf = { String entity ->
    def m = yaml =~ /(?m)^  - name: ${entity}\n    className: com\.example\.clinic\.${entity}\n    provenance: (\w+)$/
    assert m.find() : "entity ${entity} missing from the YAML"
    m.group(1)
}
assert provenanceOf('Owner') == 'annotation'
assert provenanceOf('Vaccine') == 'annotation'
assert provenanceOf('Vet') == 'verified'
assert provenanceOf('Visit') == 'verified'
// the unverified marker with its cause, in the YAML
assert yaml =~ /(?s)className: com\.example\.clinic\.Owner\n.*?    unverified:\n      cause: rejected\n      member: visits\n      reason: "?Hibernate rejected its mapping: .*doesNotExist/
assert yaml =~ /(?s)className: com\.example\.clinic\.Vaccine\n.*?    unverified:\n      cause: missingClass\n      relatedClass: jakarta\.inject\.Provider\n/
assert !(yaml =~ /(?s)className: com\.example\.clinic\.Vet\n    provenance: verified\n(?:(?!\n  - name: ).)*\n    unverified:/)

// the valid relationship between the verified entities is intact
def vetPage = new File(pack, 'entities/Vet.md').text
assert vetPage.contains('provenance: verified')
assert vetPage.contains('`Vet.visits` is the inverse side of `Visit.treatedBy`')
assert !vetPage.contains('Unverified')
// the link from the unverified Vaccine is named, not counted as a known foreign key
assert vetPage.contains('Not counted here: the links of entities Hibernate did not boot, whose foreign keys are not known: `Vaccine.administeredBy`')

def ownerPage = new File(pack, 'entities/Owner.md').text
assert ownerPage.contains('provenance: annotation')
assert ownerPage.contains('CP-BOOT-REJECTED')
def lines = ownerPage.readLines()
def banner = lines.findIndexOf { it.startsWith('> **Unverified: Hibernate could not boot this entity.** Hibernate rejected its mapping:') }
assert banner > 0 && banner < lines.findIndexOf { it.startsWith('## ') } : 'the unverified banner is at the top of Owner.md'
assert lines[banner].contains('doesNotExist')
assert ownerPage.contains('> **Fix:** Fix the mapping of `visits`')
assert ownerPage.contains('| `visits` | `List<com.example.clinic.Visit>` |  | `@OneToMany(mappedBy=doesNotExist)` |')
assert ownerPage.contains('| `visits` | OneToMany | [Visit](Visit.md) | inverse (mappedBy `doesNotExist`) | not known (not verified) |')
assert ownerPage.contains('| not known (not verified) | — | LAZY (default) | none | no |')
assert ownerPage.contains('- `visits`: fetch LAZY (JPA default of @OneToMany)')
assert ownerPage.contains('- Strategy `AUTO`')

def vaccinePage = new File(pack, 'entities/Vaccine.md').text
assert vaccinePage.contains('> **Unverified: Hibernate could not boot this entity.** Class jakarta.inject.Provider is not on the project\'s runtime class path')
assert vaccinePage.contains('> **Fix:** Add the dependency that provides jakarta.inject.Provider')
assert vaccinePage.contains('Table `vaccines`: the name `@Table` declares (`vaccines`) under the physical naming strategy in force')
assert vaccinePage.contains('| `productName` | `String` |  | `@Column(length=120, name=product_name, nullable=false)` |')
assert vaccinePage.contains('- Strategy `IDENTITY`: assigned by the database on insert (an identity column, as declared).')
assert vaccinePage.contains('| `administeredBy` | ManyToOne | [Vet](Vet.md) | owning, no partner declares mappedBy to it | not known (not verified) | yes | LAZY |')
assert vaccinePage.contains('Vaccine }o..o| Vet : "Vaccine.administeredBy (unverified)"')

def index = new File(pack, 'README.md').text
assert index.contains('CP-BOOT-REJECTED')
assert index.contains('[Owner](entities/Owner.md) (**unverified**: rejected) | not known |')
assert index.contains('[Vaccine](entities/Vaccine.md) (**unverified**: missingClass) | `vaccines` (from `@Table`) |')
assert index.contains('**Not verified: Hibernate could not boot [Owner](entities/Owner.md), [Vaccine](entities/Vaccine.md).**')
return true
