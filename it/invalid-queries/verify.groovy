// Invalid repository methods are findings naming the repository, the method and the message; the build passes.
def pack = new File(basedir, 'context-pack')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// the YAML read line by line (the invoker's Groovy has no YAML reader): repositories' methods and named queries
def methods = [:]
def named = [:]
def section = null, repository = null, current = null
new File(pack, 'context-pack.yaml').eachLine { line ->
    if (line ==~ /^\w+:.*/) { section = line.substring(0, line.indexOf(':')); current = null; return }
    def m
    if (section == 'repositories' && (m = line =~ /^  - name: (\S+)$/)) { repository = m[0][1]; current = null }
    else if (section == 'repositories' && (m = line =~ /^      - name: (\S+)$/)) { current = [:]; methods["${repository}.${m[0][1]}"] = current }
    else if (section == 'namedQueries' && (m = line =~ /^  - name: (\S+)$/)) { current = [:]; named[m[0][1]] = current }
    else if (current != null && (m = line =~ /^ {4,8}(source|status|problem|description|transaction): "?(.*?)"?$/)) {
        if (!current.containsKey(m[0][1])) current[m[0][1]] = m[0][2]
    }
}

assert methods['OwnerRepository.findByLastNameStartingWith'].status == 'valid'
assert methods['OwnerRepository.findByLastNameStartingWith'].description.contains('`lastName` starts with `prefix`')
assert methods['OwnerRepository.findByPetsNameOrderByLastNameAsc'].status == 'valid'
assert methods['OwnerRepository.withPets'].source == 'named'
assert methods['OwnerRepository.withPets'].status == 'valid'

assert methods['OwnerRepository.findByFirstName'].status == 'invalid'
assert methods['OwnerRepository.findByFirstName'].problem.contains('firstName')
assert methods['OwnerRepository.findByNickname'].status == 'invalid'
assert methods['OwnerRepository.findByNickname'].problem.contains('not a persistent attribute of Owner')
assert methods['OwnerRepository.byName'].status == 'invalid'
assert methods['OwnerRepository.byName'].problem.contains('lastname')
assert methods['OwnerRepository.broken'].status == 'invalid'
assert methods['OwnerRepository.paged'].status == 'invalid'
assert methods['OwnerRepository.paged'].problem.contains('count query')
assert methods['OwnerRepository.byFirstName'].source == 'fragment'
assert methods['OwnerRepository.byFirstName'].status == 'invalid'
assert methods['OwnerRepository.byFirstName'].problem.contains('firstName')
assert methods['OwnerRepository.missing'].status == 'invalid'
assert methods['OwnerRepository.missing'].problem.contains('Owner.missing')

assert methods['PetRepository.deleteByOwner'].status == 'valid'
assert methods['PetRepository.deleteByOwner'].transaction.startsWith('none declared')
def petPage = new File(pack, 'repositories/PetRepository.md').text
assert petPage.contains('Call it inside a read-write transaction')
assert petPage.contains('Called from `OwnerService.removePetsOf()`, which declares no transaction')
assert log =~ /\[WARNING\] \[CP-QUERY-NO-TRANSACTION\] com\.example\.vet\.PetRepository\.deleteByOwner: `OwnerService\.removePetsOf\(\)` calls this @Modifying query/

assert methods['Pets.named'].status == 'valid'
assert methods['Pets.coloured'].status == 'invalid'
assert methods['Pets.matching'].status == 'valid'
assert methods['Pets.exactly'].status == 'valid'

assert named['Owner.byCity'].status == 'invalid'
assert named['Owner.withPets'].status == 'valid'

['findByFirstName', 'findByNickname', 'byName', 'broken', 'missing', 'paged'].each { m ->
    assert log =~ /\[WARNING\] \[CP-QUERY-INVALID\] com\.example\.vet\.OwnerRepository\.${m}: / : "no warning for ${m}"
}
def ownerPage = new File(pack, 'repositories/OwnerRepository.md').text
assert ownerPage.contains('### `findByFirstName(String firstName)` (**invalid**)')

def conventions = new File(pack, 'conventions.md').text
assert conventions.contains('| spring.jpa.open-in-view [profile prod] | `false` | config | application-prod.yml')

// no secret of the settings files reaches any generated file
def secrets = ['hunter2', 'urlsecret', 's3cr3t-pw', 'tok-9f8e7d', 'hibernate-pw', 'prod-pass', 'prod-s3cret',
               'db.internal.example', 'prod.db.example', 'vetadmin', 'admin:']
pack.eachFileRecurse { f ->
    if (f.isFile()) {
        def text = f.text
        secrets.each { s -> assert !text.contains(s) : "${f.name} contains the secret ${s}" }
    }
}
return true
