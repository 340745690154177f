// mvn site alone: the report forks process-classes, so the classes exist without an earlier build;
// the page shows the entities, their tables and relationships (with the owning side), the ER diagram
// source, and the Mermaid script bundled next to it, referenced by a relative path.
def log = new File(basedir, 'build.log').text
def clinic = new File(basedir, 'clinic')
def page = new File(clinic, 'target/site/context-pack.html')
assert page.isFile() : 'no context-pack.html in the clinic site'
def html = page.getText('UTF-8')

assert log.contains("report requires 'process-classes' forked phase execution")
assert new File(clinic, 'target/classes/com/example/clinic/Owner.class').isFile()

// entities and tables, under the application's naming (Owner is mapped to table owners)
['Owner', 'Pet', 'Visit'].each { assert html.contains("<a id=\"entity-${it}\"></a>") : "no section for ${it}" }
assert html.contains('<code>owners</code>')
assert html.contains('<code>last_name</code>') && html.contains('<code>varchar(80)</code>')
// the relationship with its owning side, and the inverse side naming it
def pet = html.substring(html.indexOf('<a id="entity-Pet"></a>'), html.indexOf('<a id="entity-Visit"></a>'))
assert pet =~ /<td><code>owner<\/code><\/td>\s*<td>ManyToOne<\/td>\s*<td><a href="#entity-Owner">Owner<\/a><\/td>\s*<td><strong>owning<\/strong>, partner <code>Owner.pets<\/code><\/td>/
assert pet.contains('<code>Pet.owner_id</code>')
def owner = html.substring(html.indexOf('<a id="entity-Owner"></a>'), html.indexOf('<a id="entity-Pet"></a>'))
assert owner.contains('inverse (mappedBy <code>owner</code>)')
// callbacks and what a delete does
assert pet.contains('<code>Pet.register()</code>: sets <code>registeredAt</code>')
assert pet.contains('<code>Visit.pet_id</code> points at it') && pet.contains('it blocks the delete')
// aggregates
assert html =~ /<td><a href="#entity-Owner">Owner<\/a><\/td>\s*<td><a href="#entity-Pet">Pet<\/a><\/td>/

// the diagram's source, drawn from the owning side, and Mermaid bundled next to the page
assert html.contains('<pre class="mermaid">\nerDiagram\n    Owner\n    Pet\n    Visit\n')
assert html.contains('Pet }o--|| Owner : &quot;Pet.owner&quot;')
assert html.contains('Visit }o--o| Pet : &quot;Visit.pet&quot;')
assert html.contains('<script src="context-pack/mermaid.min.js"></script>')
assert !(html =~ /<script[^>]+src="(https?:)?\/\//) : 'a script is loaded from the network'
def script = new File(clinic, 'target/site/context-pack/mermaid.min.js')
assert script.isFile() && script.length() > 1_000_000 : "mermaid.min.js missing or too small: ${script.length()}"
assert script.getText('UTF-8').contains('erDiagram')
assert new File(clinic, 'target/site/context-pack/mermaid-LICENSE.txt').text.contains('MIT')

// the report builds the model in memory: no committed pack, no AGENTS.md
assert !new File(clinic, 'context-pack').exists()
assert !new File(basedir, 'AGENTS.md').exists()

// a module without entities and the pom module get no report page
assert new File(basedir, 'no-entities/target/classes/com/example/util/Money.class').isFile()
assert !new File(basedir, 'no-entities/target/site/context-pack.html').exists()
assert log.contains('context-pack: no JPA entity in ') && log.contains('the data model report is left out of the site.')
assert !new File(basedir, 'target/site/context-pack.html').exists()
return true
