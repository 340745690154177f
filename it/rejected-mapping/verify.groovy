// Hibernate rejects Owner (mappedBy names an attribute Visit does not have). With the default
// failOnError=false the build succeeds; Owner is kept from its annotations and flagged, while Vet
// and Visit are still verified by Hibernate's boot model.
def pack = new File(basedir, 'context-pack')
def yaml = new File(pack, 'context-pack.yaml').text
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
// a warning naming the bad class and member
def warning = log.readLines().find { it.startsWith('[WARNING]') && it.contains('CP-BOOT-REJECTED') }
assert warning != null : 'no CP-BOOT-REJECTED warning in build.log'
assert warning.contains('com.example.clinic.Owner.visits')
assert warning.contains('doesNotExist')
assert log.contains('context-pack: 3 entities;')

// the finding in the YAML names the class and the member
assert yaml =~ /(?m)^findings:$/
assert yaml =~ /- code: CP-BOOT-REJECTED\s+severity: error\s+className: com\.example\.clinic\.Owner\s+member: visits\s/
assert !(yaml =~ /- code: CP-BOOT-REJECTED\s+severity: error\s+className: com\.example\.clinic\.(Vet|Visit)\s/)

// provenance: the rejected entity from its annotations, the others verified
def provenanceOf = { String entity ->
    def m = yaml =~ /(?m)^  - name: ${entity}\n    className: com\.example\.clinic\.${entity}\n    provenance: (\w+)$/
    assert m.find() : "entity ${entity} missing from the YAML"
    m.group(1)
}
assert provenanceOf('Owner') == 'annotation'
assert provenanceOf('Vet') == 'verified'
assert provenanceOf('Visit') == 'verified'

// the valid relationship between the verified entities is intact
def vetPage = new File(pack, 'entities/Vet.md').text
assert vetPage.contains('provenance: verified')
assert vetPage.contains('`Vet.visits` is the inverse side of `Visit.treatedBy`')
def ownerPage = new File(pack, 'entities/Owner.md').text
assert ownerPage.contains('provenance: annotation')
assert ownerPage.contains('CP-BOOT-REJECTED')
assert new File(pack, 'README.md').text.contains('CP-BOOT-REJECTED')
return true
