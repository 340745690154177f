// mvn site alone: the report forks process-classes, so the classes exist without an earlier build;
// the page shows the entities, their tables and relationships (with the owning side), the ER diagram
// source, and the Mermaid script bundled next to it, referenced by a relative path.
def log = new File(basedir, 'build.log').text
def clinic = new File(basedir, 'clinic')
def page = new File(clinic, 'target/site/context-pack.html')
assert page.isFile() : 'no context-pack.html in the clinic site'
def html = page.getText('UTF-8')
// a failed check names what is missing, not the whole page
def has = { String text, String part, String what -> assert text.contains(part) : "the page lacks ${what}: ${part}" }
def matches = { String text, String regex, String what -> assert (text =~ regex).find() : "the page lacks ${what}: /${regex}/" }

assert log.contains('--- site:3.21.0:site (default-site) @ clinic ---')
assert log.contains("report requires 'process-classes' forked phase execution")
assert new File(clinic, 'target/classes/com/example/clinic/Owner.class').isFile()

// entities and tables, under the application's naming (Owner is mapped to table owners)
['Owner', 'Pet', 'Visit'].each { has(html, "<a id=\"entity-${it}\"></a>", "the section of ${it}") }
has(html, '<code>owners</code>', 'the table of Owner')
has(html, '<td><code>last_name</code></td>\n<td><code>varchar(80)</code></td>\n<td><strong>NOT NULL</strong></td>', 'the column of Owner.lastName')
// the relationship with its owning side, and the inverse side naming it
def owner = html.substring(html.indexOf('<a id="entity-Owner"></a>'), html.indexOf('<a id="entity-Pet"></a>'))
def pet = html.substring(html.indexOf('<a id="entity-Pet"></a>'), html.indexOf('<a id="entity-Visit"></a>'))
matches(pet, '<td><code>owner</code></td>\\s*<td>ManyToOne</td>\\s*<td><a href="#entity-Owner">Owner</a></td>\\s*'
        + '<td><strong>owning</strong>, partner <code>Owner.pets</code></td>\\s*<td><code>Pet.owner_id</code> &#x2192; <code>owners\\(id\\)</code></td>',
        'Pet.owner as the owning side')
has(owner, 'inverse (mappedBy <code>owner</code>), partner <code>Pet.owner</code>', 'Owner.pets as the inverse side')
// callbacks and what a delete does
has(pet, '<code>@PrePersist</code> <code>Pet.register()</code>: sets <code>registeredAt</code>', 'the callback')
has(pet, '<code>Visit.pet_id</code> points at it (on delete NO ACTION): <strong>nothing clears it: it blocks the delete</strong>', 'the blocking foreign key')
// the dialect set as a property (maven-site-plugin hands a report only its <reporting> configuration)
matches(html, '<td><code>dialect</code></td>\\s*<td><code>org.hibernate.dialect.PostgreSQLDialect</code></td>\\s*<td>config</td>',
        'the configured dialect')
matches(html, '<td><a href="#entity-Owner">Owner</a></td>\\s*<td><a href="#entity-Pet">Pet</a></td>', 'the aggregate of Owner')

// the diagram's source, drawn from the owning side, and Mermaid bundled next to the page
has(html, '<pre class="mermaid">\nerDiagram\n    Owner\n    Pet\n    Visit\n', 'the diagram')
has(html, 'Pet }o--|| Owner : &quot;Pet.owner&quot;', 'the edge of Pet.owner')
has(html, 'Visit }o--o| Pet : &quot;Visit.pet&quot;', 'the edge of Visit.pet')
has(html, '<script src="context-pack/mermaid.min.js"></script>', 'the bundled script')
assert !(html =~ /<script[^>]+src="(https?:)?\/\//).find() : 'a script is loaded from the network'
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

// Maven 3.9's default maven-site-plugin (3.12.1, Doxia 1) renders the same page, diagram included
assert log.contains('--- site:3.12.1:site (default-site) @ default-site-plugin ---')
def legacy = new File(basedir, 'default-site-plugin/target/site/context-pack.html')
assert legacy.isFile() : 'no context-pack.html with the default maven-site-plugin'
def legacyHtml = legacy.getText('UTF-8')
has(legacyHtml, '<pre class="mermaid">\nerDiagram\n    Ticket\n    Ticket }o--o| Ticket : &quot;Ticket.parent&quot;\n</pre>', 'the diagram (default site plugin)')
matches(legacyHtml, '<td><code>parent</code></td>\\s*<td>ManyToOne</td>\\s*<td><a href="#entity-Ticket">Ticket</a></td>\\s*<td><strong>owning</strong>',
        'Ticket.parent as the owning side (default site plugin)')
assert new File(basedir, 'default-site-plugin/target/site/context-pack/mermaid.min.js').isFile()
return true
