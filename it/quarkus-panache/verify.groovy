// A Quarkus Panache application: the plugin added to a plain Quarkus project, run in process-classes without
// Quarkus's own build. The pack must hold Hibernate's facts under Quarkus's settings, Panache's conventions, the
// repository of its entity, Panache queries expanded by Panache itself and checked by Hibernate, and no secret.
def pack = new File(basedir, 'context-pack')
def yaml = new File(pack, 'context-pack.yaml').text
def log = new File(basedir, 'build.log').text
def author = new File(pack, 'entities/Author.md').text
def book = new File(pack, 'entities/Book.md').text
def loan = new File(pack, 'entities/Loan.md').text
def repository = new File(pack, 'repositories/LoanRepository.md').text
def conventions = new File(pack, 'conventions.md').text

def runs = log.split(/--- context-pack:[^:]+:generate \(default\) @ quarkus-panache ---/).drop(1)
assert runs.size() == 2 : "expected two generate executions, got ${runs.size()}"
assert runs[0].contains('context-pack: 3 entities; 8 files written, 0 unchanged, 0 removed')
// deterministic: the same classes give the same bytes (query order, expansions, settings)
assert runs[1].contains('context-pack: 3 entities; 0 files written, 8 unchanged, 0 removed')
assert !log.contains('BUILD FAILURE')

// The short section agents read on every task points at Panache's conventions
def agents = new File(basedir, 'AGENTS.md').text
assert agents.contains('- Quarkus Panache (active records: Author, Book): `delete(query)`, `deleteAll()` and `update(query)` are bulk statements')
assert agents.contains('(context-pack/conventions.md#quarkus-panache)')

// Settings: Quarkus's keys, %prod. winning over the plain key, the dialect Quarkus selects for the db-kind
assert yaml =~ /name: framework\s+value: Quarkus\s/
assert yaml =~ /name: dialect\s+value: org\.hibernate\.dialect\.PostgreSQLDialect\s+provenance: config\s+source: "application\.properties \(quarkus\.datasource\.db-kind\)/
assert yaml =~ /name: physicalNamingStrategy\s+value: org\.hibernate\.boot\.model\.naming\.CamelCaseToUnderscoresNamingStrategy\s+provenance: config\s+source: application\.properties \(quarkus\.hibernate-orm\.physical-naming-strategy\)/
// Quarkus sets no implicit naming strategy of its own: Hibernate's default, said so
assert yaml =~ /name: implicitNamingStrategy\s+value: org\.hibernate\.boot\.model\.naming\.ImplicitNamingStrategyJpaCompliantImpl\s+provenance: derived\s+source: "Quarkus default/
assert yaml =~ /name: quarkus\.hibernate-orm\.database\.generation\s+value: validate\s+provenance: config/
assert yaml =~ /name: "quarkus\.hibernate-orm\.database\.generation \[profile dev\]"\s+value: drop-and-create/
// %prod.quarkus.hibernate-orm.fetch.batch-size=32 reaches Hibernate; the id optimizer is Quarkus's default pooled-lo
assert yaml =~ /name: hibernate\.default_batch_fetch_size\s+value: "32"\s+provenance: config\s+source: application\.properties \(%prod\.quarkus\.hibernate-orm\.fetch\.batch-size\)/
assert yaml =~ /name: hibernate\.id\.optimizer\.pooled\.preferred\s+value: pooled-lo\s+provenance: derived/
assert book.contains('one more query per 32 rows (hibernate.default_batch_fetch_size)')

// No secret, no connection data, from any profile
['Panache-s3cret-42', 'dev-only-pw-77', 'db.internal', 'quarkus.datasource.password', 'quarkus.datasource.username', 'jdbc:postgresql'].each { secret ->
    pack.eachFileRecurse(groovy.io.FileType.FILES) { f -> assert !f.text.contains(secret) : "${secret} leaked into ${f}" }
    assert !new File(basedir, 'AGENTS.md').text.contains(secret)
}

// Public fields are persistent attributes, named by the configured physical strategy
assert yaml =~ /- name: publishedYear\s+javaType: int\s+declaredIn: com\.example\.library\.Book\s+provenance: verified[\s\S]*?columns:\s+- name: published_year\s+table: book/
assert yaml =~ /- name: countryCode\s+javaType: String\s+declaredIn: com\.example\.library\.Author[\s\S]*?columns:\s+- name: country_code\s+table: author/
assert book.contains('| `title` | `title` | `varchar(200)` | **NOT NULL**')
// The id PanacheEntity gives Author: Hibernate's sequence per entity, increment 50
assert yaml =~ /name: Author\s+className: com\.example\.library\.Author[\s\S]*?identifier:\s+kind: simple\s+attribute: id\s+javaType: Long[\s\S]*?generation:\s+strategy: SEQUENCE\s+assignedBy: "Hibernate, from sequence author_seq at persist\(\)"\s+sequence: author_seq\s+incrementSize: 50/
assert author.contains("its identifier `id` is `PanacheEntity`'s `@Id @GeneratedValue public Long id`")
assert book.contains('Active record extending `PanacheEntityBase`: it declares its own identifier')
assert yaml =~ /activeRecords:\s+- entity: Author\s+className: com\.example\.library\.Author\s+base: PanacheEntity\s+accessors:\s+- getName\(\)\s+- entity: Book\s+className: com\.example\.library\.Book\s+base: PanacheEntityBase\n/
assert author.contains('the hand-written `getName()` runs there')

def query = { caller, text ->
    def m = yaml =~ /(?s)- entity: \w+\n(?:      repository: \S+\n)?      caller: ${java.util.regex.Pattern.quote(caller)}\n      operation: \w+\n      query: "?${java.util.regex.Pattern.quote(text)}"?\n      expanded: ([^\n]+)\n(?:      description: [^\n]+\n)?      status: (\w+)/
    assert m.find() : "no Panache query ${text} from ${caller}"
    [expanded: m.group(1), status: m.group(2)]
}

// The repository of Loan, with its own methods and the queries they pass to Panache
assert yaml =~ /- name: LoanRepository\s+className: com\.example\.library\.LoanRepository\s+style: panache\s+entity: Loan\s+domainClass: com\.example\.library\.Loan\s+idType: java\.lang\.Long/
assert repository.contains('a Quarkus Panache repository of [Loan](../entities/Loan.md)')
assert repository.contains('Injected into `com.example.library.LibraryService`')
assert repository.contains('### `overdue(LocalDate today)`')
assert repository.contains('runs `` FROM `com.example.library.Loan` WHERE dueDate < ?1 and returned = false order by dueDate ``')
assert repository.contains('`delete("returned", ...)` runs `` DELETE FROM `com.example.library.Loan` WHERE returned = ?1 ``')
assert loan.contains('[LoanRepository](../repositories/LoanRepository.md)')
// who calls the repository, and in which transaction
assert repository.contains('- Called from `LibraryService.overdue()`, which declares no transaction.')
assert repository.contains('- Inherited operations this module calls: `persist()` from `LibraryService.lend()`, in a read-write transaction.')
assert repository.contains('- Transaction: none declared: it runs in its caller\'s transaction or in none')
// a Panache write from a method without a transaction; the transactional ones are not reported
assert log =~ /\[WARNING\] \[CP-QUERY-NO-TRANSACTION\] com\.example\.library\.LibraryService\.forgetAuthor: `LibraryService\.forgetAuthor\(\)` calls Panache's `AuthorRepository\.deleteById\(\)`, which writes/
assert !(log =~ /CP-QUERY-NO-TRANSACTION\] [^\n]*(lend|addAuthor|retitle|removeAuthorsNamed|purgeReturned)/)
// a repository that implements PanacheRepositoryBase through the application's own abstract base class
assert yaml =~ /- name: AuthorRepository\s+className: com\.example\.library\.AuthorRepository\s+style: panache\s+entity: Author\s+domainClass: com\.example\.library\.Author\s+idType: java\.lang\.Long/
assert query('AuthorRepository.fromCountry()', 'countryCode') == [expanded: 'FROM `com.example.library.Author` WHERE countryCode = ?1', status: 'valid']
assert !yaml.contains('name: LibraryRepository')

// Panache's conventions, stated on this application's entities
assert conventions.contains('## Quarkus Panache')
assert conventions.contains('quarkus-hibernate-orm-panache 3.33.2')
assert conventions.contains('[Author](entities/Author.md) (`PanacheEntity`: inherits `@Id @GeneratedValue public Long id`), [Book](entities/Book.md) (`PanacheEntityBase`: declares its own id)')
assert conventions.contains('(`Author.getName()`): a hand-written accessor runs wherever another class uses the field')
assert conventions.contains('| find | `` countryCode, v1 `` | `` FROM `com.example.library.Author` WHERE countryCode = ?1 `` |')
assert conventions.contains('| count | `` order by countryCode `` | `` FROM `com.example.library.Author` `` |')
assert conventions.contains('**1 invalid**: `LibraryService.misspelt()`')

// Valid queries with Panache's own expansion: a single attribute and one value becomes "= ?1"; Parameters keep their names
assert query('LibraryService.publishedIn()', 'publishedYear') == [expanded: 'FROM `com.example.library.Book` WHERE publishedYear = ?1', status: 'valid']
assert query('Author.findByName()', 'name') == [expanded: 'FROM `com.example.library.Author` WHERE name = ?1', status: 'valid']
assert query('LibraryService.catalogue()', 'order by title') == [expanded: 'FROM `com.example.library.Book` order by title', status: 'valid']
assert query('LibraryService.titled()', 'title = :title') == [expanded: 'FROM `com.example.library.Book` WHERE title = :title', status: 'valid']
assert query('LibraryService.retitle()', 'title = ?1 where isbn = ?2') == [expanded: 'UPDATE `com.example.library.Book` SET title = ?1 where isbn = ?2', status: 'valid']
assert query('LibraryService.byTitle()', '#Book.byTitle') == [expanded: 'from Book where title = ?1', status: 'valid']
assert author.contains('| `AuthorRepository.fromCountry()` | list | `` countryCode `` |')
assert book.contains('| `LibraryService.publishedIn()` | find | `` publishedYear `` | `` FROM `com.example.library.Book` WHERE publishedYear = ?1 `` | valid |')

// The invalid one: flagged with class, method and query, in the log, the YAML and the entity page
assert query('LibraryService.misspelt()', 'titel like ?1') == [expanded: 'FROM `com.example.library.Book` WHERE titel like ?1', status: 'invalid']
assert log =~ /\[WARNING\] \[CP-QUERY-INVALID\] com\.example\.library\.LibraryService\.misspelt: The Panache query `list\("titel like \?1", \.\.\.\)` on Book[^\n]*titel/
assert yaml =~ /- code: CP-QUERY-INVALID\s+severity: error\s+className: com\.example\.library\.LibraryService\s+member: misspelt/
assert book.contains('| `LibraryService.misspelt()` | list | `` titel like ?1 `` |') && book.contains('**invalid**: Hibernate rejects it:')
assert !(log =~ /CP-QUERY-INVALID\] [^\n]*(publishedIn|findByName|catalogue|titled|retitle|byTitle|overdue|openLoansOf|purgeReturned)/)

// Bulk operations: what Author's cascades, orphan removal and callback would skip, and Book's @Version
assert author.contains('`Author.delete(query, ...)`, `Author.deleteAll()` and `AuthorRepository.delete(query, ...)`/`deleteAll()` run one bulk HQL DELETE: they skip the cascade REMOVE to `Author.books` (Book), the orphan removal of `Author.books`, the @PreRemove callback `Author.beforeRemove()`')
assert author.contains('so the DELETE fails while rows still reference a deleted Author through `book.author_id`')
assert book.contains('`Book.update(query, ...)` runs one bulk HQL UPDATE: it skips the `@Version` increment of `Book.version`')
// Loan has nothing a bulk statement would skip: no such rule
assert !loan.contains('bulk HQL')
