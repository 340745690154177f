<#-- The pack's entry page. Presentation only: every value comes from the model. -->
<!-- ${header} -->
# Data-layer context: ${pack.module()}

<#if !compact>
This directory describes the JPA data layer of `${pack.module()}` as Hibernate ORM itself reads it
(its boot metamodel, built from the compiled classes without a database). Read it before changing an
entity, a relationship or a query: tables, columns, owning sides, cascades, fetch types and the rules
below are facts of this application, not conventions.

- One page per entity in `${entityDir}`: table and columns, identifier, relationships, lifecycle, values set
  automatically, constraints, Hibernate behaviour, what a delete does, and **Rules for changes**.
- `${yamlFile}`: the same facts, complete and machine-readable (format version ${pack.formatVersion()}).
  Each object names its provenance: `verified` (Hibernate's boot model), `annotation` (bytecode only),
  `config` (a settings file or plugin parameter), `derived` (computed from other facts).

</#if>
<#list pack.settings()?filter(s -> s.name() == "schemaManagedBy") as s>
**The database schema is created by ${s.value()}, not from this mapping.** Where they disagree (constraint
names, lengths, nullability), the scripts are the truth for the database; change the mapping and the
scripts together.

</#list>
- [conventions.md](conventions.md): the settings in force (naming, dialect, open-in-view, ddl-auto, batching) with
  where each came from<#if pack.transactions()?has_content>, the transaction boundaries</#if><#if pack.repositoryBases()?has_content>, the operations every repository inherits</#if><#if pack.eventPublishers()?has_content || pack.eventHandlers()?has_content>, domain events</#if><#if pack.panache()??>, Quarkus Panache's conventions (active records, bulk operations, its query syntax)</#if>.
<#if pack.repositories()?has_content && pack.panache()?? && !pack.repositories()?filter(r -> r.style() != "panache")?has_content>
- One page per repository in `repositories/`: its methods and the Panache queries their code runs, expanded by
  Panache and checked by Hibernate.
<#elseif pack.repositories()?has_content>
- One page per repository in `repositories/`: each method's query in plain words, whether Hibernate and Spring
  Data accept it, what it returns and the transaction it runs in.
</#if>

<#assign unverifiedEntities = pack.entities()?filter(e -> e.unverified()??)>
<#if unverifiedEntities?has_content>
**Not verified: Hibernate could not boot <#list unverifiedEntities as e>[${e.name()}](${entityDir}${e.name()}.md)<#sep>, </#list>.** The page
of each states only what its annotations declare (provenance `annotation`), with the reason and the fix at the top;
their links are dashed in the diagrams, and the aggregates below follow the cascades their annotations declare.

</#if>
<#if modules?has_content>
## Modules

<#if !compact>
This pack describes the modules of one build together; each entity and repository page names its module and source file.

</#if>| Module | Directory | Entities | Repositories |
|---|---|---|---|
<#list modules as m>
| `${m.artifactId()}` | `${m.directory()}` | <#list m.entities() as e>[${e}](${entityDir}${e}.md)<#sep>, </#list> | <#list m.repositories() as r>[${r}](repositories/${r}.md)<#sep>, </#list> |
</#list>

</#if>
<#if packages??>
## Packages

The model is split by package to keep each page under ${maxTokensPerFile} tokens: open the page of the package you work in.

| Package | Entities | Page |
|---|---|---|
<#list packages as p>
| `${p.name()}` | <#list p.entities() as e>[${e}](${entityDir}${e}.md)<#sep>, </#list> | [${p.file()}](${p.file()}) |
</#list>

<#else>
## Entities

| Entity | Table | Identifier | Relationships |
|---|---|---|---|
<#list pack.entities() as e>
| [${e.name()}](${entityDir}${e.name()}.md)<#if e.unverified()??> (**unverified**: ${e.unverified().cause()})</#if> | <#if e.table()??>`${e.table().qualifiedName()}`<#elseif !e.unverified()??>none (abstract TABLE_PER_CLASS root)<#elseif e.unverified().physicalTable()??>`${e.unverified().physicalTable().qualifiedName()}` (from `@Table`)<#elseif e.unverified().declaredTable()??>`${e.unverified().declaredTable().qualifiedName()}` as declared<#else>not known</#if> | <#if e.identifier()??><#if e.identifier().attribute()??>`${e.identifier().attribute()}` </#if>${e.identifier().generation().strategy()}</#if> | <#list e.attributes()?filter(a -> a.association()??) as a>`${a.name()}` ${a.association().kind()} ${a.association().target()}<#sep>, </#list> |
</#list>

</#if>
<#if pack.repositories()?has_content>
## Repositories

| Repository | Entity | Methods | Invalid |
|---|---|---|---|
<#list pack.repositories() as r>
| [${r.name()}](repositories/${r.name()}.md) | <#if r.entity()??>[${r.entity()}](${entityDir}${r.entity()}.md)<#else>`${r.domainClass()!"?"}`</#if> | ${r.methods()?size} | ${r.methods()?filter(m -> m.status() == "invalid")?size} |
</#list>
<#if pack.namedQueries()?has_content>

<#assign badNamed = pack.namedQueries()?filter(q -> q.status() == "invalid")>Named queries: ${pack.namedQueries()?size}, of which ${badNamed?size} invalid; each is listed, checked, in [conventions.md](conventions.md#named-queries).
</#if>

</#if>
<#if !packages??>
<#if pack.aggregates()?has_content>
## Aggregates

<#if !compact>
Entities saved (PERSIST) and deleted (REMOVE) together through cascades; each root is saved with its own repository, the others through it.

</#if>| Root | Saved with the root | Deleted with the root |
|---|---|---|
<#list pack.aggregates()?filter(ag -> ag.savedWithRoot()?has_content || ag.deletedWithRoot()?has_content) as ag>
| [${ag.root()}](${entityDir}${ag.root()}.md) | <#list ag.savedWithRoot() as m>${m}<#sep>, </#list> | <#list ag.deletedWithRoot() as m>${m}<#sep>, </#list> |
</#list>
<#assign alone = pack.aggregates()?filter(ag -> !ag.savedWithRoot()?has_content && !ag.deletedWithRoot()?has_content)>
<#if alone?has_content>

Saved and deleted on their own (no cascade leaves them): <#list alone as ag>${ag.root()}<#sep>, </#list>.
</#if>

</#if>
<#if !compact>
## Diagram

<#if diagramTooLarge>
The model has more than ${maxEdges} relationships, too many for one Mermaid diagram (GitHub refuses 500): each entity page draws its own relationships.
<#else>
```mermaid
erDiagram
<#list pack.entities() as e>
    ${e.name()}
</#list>
<#list edges as edge>
    ${edge.from()} ${edge.left()}${edge.line()}${edge.right()} ${edge.to()} : "${edge.label()}"
</#list>
```
</#if>
</#if>
</#if>
<#assign indexFindings = packages???then(pack.findings()?filter(f -> !f.className()?? || !packagedClasses?seq_contains(f.className())), pack.findings())>
<#if indexFindings?has_content>

## Findings

<#list indexFindings as f>
- **${f.code()}** (${f.severity()}<#if f.suppressed()??>, accepted: ${f.suppressed()}</#if>)<#if f.className()??> `${f.className()}<#if f.member()??>.${f.member()}</#if>`</#if>: ${f.message()}
</#list>
</#if>
