<#-- The application's conventions around the entities. Presentation only: every value comes from the model. -->
<#macro short name>${name?keep_after_last(".")}</#macro>
<!-- ${header} -->
# Conventions of ${pack.module()}

The framework settings in force<#if pack.transactions()?has_content>, the transaction boundaries the code declares</#if><#if pack.repositoryBases()?has_content>, the operations every
repository inherits</#if><#if pack.eventPublishers()?has_content || pack.eventHandlers()?has_content>, the domain events</#if>: the rules that hold around every entity of [the pack](README.md).

## Settings in force

| Setting | Value | Provenance | Source |
|---|---|---|---|
<#list pack.settings() as s>
| ${s.name()} | `${s.value()}` | ${s.provenance()} | ${s.source()!""} |
</#list>

<#if pack.transactions()?has_content>
## Transaction boundaries

Declared with `@Transactional`; unless a row says otherwise a transaction is read-write, joins the caller's (propagation REQUIRED), and rolls back on unchecked exceptions only (a checked exception commits).

| Class | Method | Kind | Read-only | Propagation | Rolls back also on | Never rolls back on |
|---|---|---|---|---|---|---|
<#list pack.transactions() as t>
| `${t.className()}` | <#if t.method()??>`${t.method()}`<#else>every public method</#if> | ${t.framework()} | <#if t.readOnly()>**yes**<#else>no</#if> | ${t.propagation()}<#if t.isolation()?? && t.isolation() != "DEFAULT">, isolation ${t.isolation()}</#if><#if t.timeout()??>, timeout ${t.timeout()} s</#if> | <#list t.rollbackFor() as r>`<@short r/>`<#sep>, </#list> | <#list t.noRollbackFor() as r>`<@short r/>`<#sep>, </#list> |
</#list>
<#elseif pack.repositories()?filter(r -> r.style() != "panache")?has_content>
## Transaction boundaries

No class of this module declares `@Transactional`: each repository call runs in the transaction Spring Data gives it (below) or in none, and a change to an entity loaded by one call is not saved unless it is passed to `save()`.
</#if>
<#if pack.repositories()?has_content>

## Repositories

| Repository | Entity | Methods | Invalid | Injected into |
|---|---|---|---|---|
<#list pack.repositories() as r>
| [${r.name()}](repositories/${r.name()}.md) | <#if r.entity()??>[${r.entity()}](${entityDir}${r.entity()}.md)<#else>`${r.domainClass()!"?"}`</#if> | ${r.methods()?size} | ${r.methods()?filter(m -> m.status() == "invalid")?size} | <#list r.usedBy() as u>`<@short u/>`<#sep>, </#list> |
</#list>
</#if>
<#if pack.namedQueries()?has_content>

## Named queries

Registered with Hibernate (`@NamedQuery`, `@NamedNativeQuery`, `orm.xml`) and checked by its HQL translator; <#if pack.panache()?? && !pack.repositories()?filter(r -> r.style() == "spring-data")?has_content>Panache runs one when its query string is `#Entity.name`.<#else>Spring Data runs `Entity.method` for the repository method `method` of that entity before it derives a query from the name.</#if>

<#list pack.namedQueries() as q>
- `${q.name()}` (<#if q.nativeQuery()>native SQL, not checked<#elseif q.status() == "valid">valid<#else>**${q.status()}**: ${q.problem()!""}</#if>): `${q.query()}`
</#list>
</#if>
<#if pack.repositoryBases()?has_content>

## Inherited repository operations

Every repository that extends one of these interfaces has its operations. The transaction is the one Spring
Data's implementation (`SimpleJpaRepository`) declares; methods declared in a repository itself get none by default.

<#list pack.repositoryBases() as b>
### `${b.interfaceName()}`

<#list b.operations() as o>
- `${o.signature()}`<#if o.transaction()??>: ${o.transaction()}</#if>
</#list>

</#list>
</#if>
<#if pack.panache()??>
<#assign panache = pack.panache()>

## Quarkus Panache

quarkus-hibernate-orm-panache ${panache.version()!"(version unknown)"}. Its conventions, as they apply to this application:

<#if panache.activeRecords()?has_content>
- Active records (Panache's static `find`/`list`/`stream`/`count`/`delete`/`update` on the class, `persist()`/`delete()` on an instance): <#list panache.activeRecords() as a>[${a.entity()}](${entityDir}${a.entity()}.md) (`${a.base()}`<#if a.base() == "PanacheEntity">: inherits `@Id @GeneratedValue public Long id`<#else>: declares its own id</#if>)<#sep>, </#list>.
- Their public fields are the persistent attributes (field access). Quarkus's build rewrites every read and write of such a field outside its entity into a getter/setter call, generated or hand-written<#assign written = panache.activeRecords()?filter(a -> a.accessors()?has_content)><#if written?has_content> (<#list written as a><#list a.accessors() as m>`${a.entity()}.${m}`<#sep>, </#list><#sep>, </#list>): a hand-written accessor runs wherever another class uses the field<#else>; no entity declares its own</#if>.
</#if>
<#assign panacheRepositories = pack.repositories()?filter(r -> r.style() == "panache")>
<#if panacheRepositories?has_content>
- Repositories (the same operations on an injected bean): <#list panacheRepositories as r>[${r.name()}](repositories/${r.name()}.md) for <#if r.entity()??>[${r.entity()}](${entityDir}${r.entity()}.md)<#else>`${r.domainClass()}`</#if><#sep>, </#list>.
</#if>
- `persist()` and `delete()` of one instance go through the persistence context: cascades, orphan removal, lifecycle callbacks and `@Version` apply. `delete(query, ...)`, `deleteAll()` and `update(query, ...)` run one bulk HQL statement that skips all of them; each entity page says what its entity would skip.
- Panache opens no transaction: `persist()`, `delete()` and `update()` run inside the caller's `@Transactional` method (or `QuarkusTransaction`), else Hibernate throws TransactionRequiredException.
<#if panache.expansions()?has_content>
- Panache's query syntax, as this application's Panache expands it (shown on ${panache.expansions()?first.entity()}): a query that starts with `from`, `select` or `with` runs as written, `#Entity.name` runs that named query, and otherwise:

| Operation | Arguments | Panache runs |
|---|---|---|
<#list panache.expansions() as x>
| ${x.operation()} | `` ${x.written()} `` | `` ${x.expanded()} `` |
</#list>

</#if>
<#assign invalid = panache.queries()?filter(q -> q.status() == "invalid")>
- ${panache.queries()?size} query string<#if panache.queries()?size != 1>s</#if> passed to Panache in the code, listed on their entities' pages<#if invalid?has_content>; **${invalid?size} invalid**: <#list invalid as q>`${q.caller()}`<#sep>, </#list></#if>.

</#if>
<#if pack.eventPublishers()?has_content || pack.eventHandlers()?has_content>
## Domain events

<#list pack.eventPublishers() as p>
- <#if p.entity()??>[${p.entity()}](${entityDir}${p.entity()}.md)<#else>`${p.className()}`</#if> publishes the events `${p.method()}` returns when a Spring Data repository's `save()`/`saveAll()`/`delete()` is called with it (not on a plain change inside a transaction)<#if p.afterPublication()??>; `${p.afterPublication()}` clears them after</#if>.
</#list>
<#if pack.eventHandlers()?has_content>

| Listener | Event | Kind | When it runs |
|---|---|---|---|
<#list pack.eventHandlers() as h>
| `<@short h.className()/>.${h.method()}` | `<@short h.event()/>` | ${h.kind()} | <#if h.phase()??>${h.phase()} of the publishing transaction<#if !h.fallbackExecution()>; dropped when no transaction is active</#if><#else>at once, inside the publisher's transaction: an exception rolls it back</#if><#if h.condition()??>, when `${h.condition()}`</#if> |
</#list>
</#if>
</#if>
