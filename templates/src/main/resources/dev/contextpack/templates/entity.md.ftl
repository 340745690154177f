<#-- One entity. Presentation only: every value comes from the model. -->
<#macro cols columns><#list columns as c>`<#if c.table()??>${c.table()}.</#if>${c.name()!"(formula)"}`<#sep>, </#list></#macro>
<#-- a column in another table than the entity's (secondary table, JOINED parent) is shown with its table -->
<#macro col c><#if c.formula()??>formula `${c.formula()}`<#elseif c.table()?? && entity.table()?? && c.table() != entity.table().qualifiedName()>`${c.table()}.${c.name()}`<#else>`${c.name()}`</#if></#macro>
<#macro flags c><#if c.nullable()>yes<#else>**NOT NULL**</#if></#macro>
<#macro notes a c><#assign n = []><#if a.identifier()><#assign n = n + ["id"]></#if><#if a.version()><#assign n = n + ["@Version"]></#if><#if a.enumStorage()??><#assign n = n + ["enum " + a.enumStorage()]></#if><#if a.converter()??><#assign n = n + ["converter `" + a.converter() + "`"]></#if><#if a.lob()><#assign n = n + ["LOB"]></#if><#if c.defaultValue()??><#assign n = n + ["default `" + c.defaultValue() + "`"]></#if><#if c.insertable()??><#assign n = n + ["not insertable"]></#if><#if c.updatable()??><#assign n = n + ["not updatable"]></#if>${n?join(", ")}</#macro>
<#macro columnRows a prefix declaredIn><#if a.embedded()??><#list a.embedded().attributes() as p><@columnRows p prefix + a.name() + "." declaredIn/></#list><#elseif a.columns()?has_content><@basicRow a prefix declaredIn/></#if></#macro>
<#macro addRels attributes prefix><#list attributes as a><#if a.association()??><#assign rels = rels + [{"name": prefix + a.name(), "link": a.association()}]></#if><#if a.embedded()??><@addRels a.embedded().attributes() prefix + a.name() + "."/></#if></#list></#macro>
<#macro basicRow a prefix declaredIn><#list a.columns() as c>
| `${prefix}${a.name()}` | <@col c/> | `${c.sqlType()!""}` | <@flags c/> | <#if c.unique()>yes<#else>no</#if> | `${a.javaType()!""}` | <#if declaredIn != entity.className()>`${declaredIn?keep_after_last(".")}`</#if> | <@notes a c/> |
</#list></#macro>
<#macro storedIn link><#if entity.unverified()??>not known (not verified)<#elseif link.joinTable()??>join table `${link.joinTable().table().qualifiedName()}`: `${link.joinTable().ownerColumns()?join(", ")}` → `${link.joinTable().ownerTable()!entity.name()}`, `${link.joinTable().targetColumns()?join(", ")}` → `${link.joinTable().targetTable()!link.target()}`<#elseif link.joinColumns()?has_content><@cols link.joinColumns()/> → `${link.referencedTable()!""}(${link.referencedColumns()?join(", ")})`<#if link.sharedPrimaryKey()><#if entity.identifier()?? && entity.identifier().kind() == "simple"> (shared id)<#else> (part of the primary key)</#if></#if><#else>—</#if></#macro>
<!-- ${header} -->
# ${entity.name()}

`${entity.className()}`<#if entity.isAbstract()> (abstract)</#if>, declared by ${entity.declaredBy()}, provenance: ${entity.provenance()}.
<#if entity.unverified()??>
<#assign why = entity.unverified()>

> **Unverified: Hibernate could not boot this entity.** ${why.reason()?replace("\n", " ")}
> Every fact on this page is read from the bytecode's annotations only (provenance `annotation`). Not known until it boots:
> the table and column names the naming strategy gives, SQL types, nullability, foreign keys, which generator `AUTO` picks, and the rules for changes.
> **Fix:** ${why.fix()?replace("\n", " ")}
<#if why.physicalTable()??>

Table `${why.physicalTable().qualifiedName()}`: the name `@Table` declares (`${why.declaredTable().qualifiedName()}`) under the physical naming strategy in force ([conventions.md](../conventions.md)), applied to it without booting the entity.
<#elseif why.declaredTable()??>

Table as `@Table` declares it: `${why.declaredTable().qualifiedName()}`; the physical naming strategy could not be applied to it, so the name in the database is not known.
<#else>

Table: not known. No `@Table` name is declared, and the name the naming strategy gives is known only once Hibernate boots the entity.
</#if>
</#if>
<#if entity.module()??>

Edit it in module `${entity.module().artifactId()}` (<#if entity.module().directory() == ".">the top directory<#else>`${entity.module().directory()}/`</#if>)<#if entity.module().source()??>: `${entity.module().source()}`</#if>.
</#if>
<#if entity.table()??>

Table `${entity.table().qualifiedName()}`<#list entity.secondaryTables() as st><#if st?is_first>; secondary tables: </#if>`${st.table().qualifiedName()}` (key `${st.keyColumns()?join(", ")}`)<#sep>, </#list>.
<#elseif !entity.unverified()??>

No table of its own: an abstract `TABLE_PER_CLASS` root; its rows live in the tables of its subclasses, and a query on it reads them all with a UNION.
</#if>
<#if entity.mappedSuperclasses()?has_content>
Inherits mapped attributes from <#list entity.mappedSuperclasses() as m>`${m}`<#sep>, </#list>.
</#if>
<#if entity.inheritance()??>
<#assign inh = entity.inheritance()>

## Inheritance

- Strategy `${inh.strategy()!"?"}`, root `${inh.root()}`<#if inh.parent()??>, parent `${inh.parent()}`</#if><#if inh.subclasses()?has_content>, subclasses <#list inh.subclasses() as s>[${s}](${s}.md)<#sep>, </#list></#if>.
<#if inh.discriminatorColumn()??>
- Discriminator <#if inh.discriminatorColumn().formula()??>formula `${inh.discriminatorColumn().formula()}`<#else>column `${inh.discriminatorColumn().name()}` (`${inh.discriminatorColumn().sqlType()!""}`)</#if><#if inh.discriminatorValue()?? && !entity.isAbstract()>; rows of this entity have value `${inh.discriminatorValue()}`<#elseif entity.isAbstract()>; this entity is abstract and has no rows of its own</#if>.
</#if>
<#if inh.keyColumns()?has_content>
- This entity's own table joins its parent's on `${inh.keyColumns()?join(", ")}`.
</#if>
</#if>
<#if entity.identifier()??>
<#assign id = entity.identifier()>

## Identifier

<#if id.kind() == "simple">
- `${id.attribute()!"(none)"}` (`${id.javaType()!""}`), <#if entity.unverified()??>column not known (not verified)<#else>column <@cols id.columns()/></#if>.
<#elseif id.kind() == "embeddedId">
- `@EmbeddedId` `${id.attribute()}` (`${id.javaType()!""}`), <#if entity.unverified()??>columns not known (not verified)<#else>columns <@cols id.columns()/>; parts: <#list id.parts() as p>`${p.name()}`<#sep>, </#list></#if>.
<#else>
- `@IdClass` `${id.idClass()!""}`, <#if entity.unverified()??>columns not known (not verified)<#else>columns <@cols id.columns()/>; parts: <#list id.parts() as p>`${p.name()}`<#sep>, </#list></#if>.
</#if>
<#if id.generation()??>
- Strategy `${id.generation().strategy()}`<#if id.generation().sequence()??>, sequence `${id.generation().sequence()}`</#if><#if id.generation().table()??>, table `${id.generation().table()}`</#if><#if id.generation().incrementSize()??>, increment ${id.generation().incrementSize()}</#if>: assigned by ${id.generation().assignedBy()}.
</#if>
<#if id.mapsId()?has_content>
- `@MapsId`: <#list id.mapsId() as m>`${m}`<#sep>, </#list>.
</#if>
</#if>
<#if entity.unverified()??>

## Declared attributes (not verified)

| Attribute | Java type | Declared in | Annotations as declared |
|---|---|---|---|
<#list entity.attributes() as a>
| `${a.name()}` | `${a.javaType()!""}` | <#if a.declaredIn() != entity.className()>`${a.declaredIn()?keep_after_last(".")}`</#if> | <#list a.declaredAnnotations()![] as d>`@${d.name()}<#if d.values()?has_content>(<#list d.values() as v>${v.name()}=${v.value()}<#sep>, </#list>)</#if>`<#sep> </#list> |
<#if a.embedded()??>
<#list a.embedded().attributes() as p>
| `${a.name()}.${p.name()}` | `${p.javaType()!""}` | `${p.declaredIn()?keep_after_last(".")}` | <#list p.declaredAnnotations()![] as d>`@${d.name()}<#if d.values()?has_content>(<#list d.values() as v>${v.name()}=${v.value()}<#sep>, </#list>)</#if>`<#sep> </#list> |
</#list>
</#if>
</#list>
<#if why.defaults()?has_content>

Values the annotations leave out, as JPA defines them:

<#list why.defaults() as d>
- <#if d.attribute()??>`${d.attribute()}`<#else>entity</#if>: ${d.property()} ${d.value()} (${d.rule()})
</#list>
</#if>
</#if>
<#assign basics = entity.unverified()???then([], entity.attributes()?filter(a -> a.columns()?has_content || a.embedded()??))>
<#if basics?has_content>

## Columns

| Attribute | Column | SQL type | Nullable | Unique | Java type | Declared in | Notes |
|---|---|---|---|---|---|---|---|
<#list basics as a>
<@columnRows a "" a.declaredIn()/>
</#list>
<#list entity.attributes()?filter(a -> a.embedded()??) as a>

`${a.name()}` embeds `${a.embedded().embeddableClass()}`: <#if a.embedded().columnPrefix()??>column names follow `@EmbeddedColumnNaming("${a.embedded().columnPrefix()}")`.<#else>no column prefix is declared; its columns have the names above (from the embeddable or an `@AttributeOverride`), and a new field of the embeddable gets its own default name.</#if>
</#list>
</#if>
<#assign rels = []>
<@addRels entity.attributes() ""/>
<#if rels?has_content>

## Relationships

| Attribute | Kind | Target | Side | Stored in | Optional | Fetch | Cascade | Orphan removal |
|---|---|---|---|---|---|---|---|---|
<#list rels as r>
<#assign link = r.link>
| `${r.name}` | ${link.kind()} | [${link.target()}](${link.target()}.md) | <#if link.owningSide()>owning<#else>inverse (mappedBy `${link.mappedBy()!""}`)</#if><#if entity.unverified()?? && !link.owningSide()><#elseif link.bidirectional()>, partner `${link.target()}.${link.partner()}`<#elseif entity.unverified()??>, no partner declares mappedBy to it<#else>, unidirectional</#if> | <@storedIn link/> | <#if link.kind()?ends_with("ToMany")>—<#elseif link.optional()>yes<#else>**no**</#if> | ${link.fetch()}<#if !link.fetchDeclared()> (default)</#if> | <#if link.cascade().operations()?has_content>${link.cascade().operations()?join(", ")}<#if link.cascade().orphanRemoval() && !link.cascade().declared()?seq_contains("ALL") && !link.cascade().declared()?seq_contains("REMOVE")> (REMOVE implied by orphanRemoval)</#if><#else>none</#if> | <#if link.cascade().orphanRemoval()>yes<#else>no</#if> |
</#list>
<#list rels?filter(r -> r.link.orderBy()?? || r.link.orderColumn()?? || r.link.mapKey()?? || r.link.mapKeyColumns()?has_content) as r>
- `${r.name}`<#if r.link.orderBy()??> is ordered by `${r.link.orderBy()}`</#if><#if r.link.orderColumn()??> keeps its order in column `${r.link.orderColumn()}`</#if><#if r.link.mapKey()??> is a map keyed by `${r.link.target()}.${r.link.mapKey()}`</#if><#if r.link.mapKeyColumns()?has_content> is a map keyed by column <@cols r.link.mapKeyColumns()/></#if>.
</#list>
</#if>
<#-- compact: the diagram repeats the Relationships table -->
<#if edges?has_content && !compact>

```mermaid
erDiagram
<#list edges as edge>
    ${edge.from()} ${edge.left()}${edge.line()}${edge.right()} ${edge.to()} : "${edge.label()}"
</#list>
```
</#if>
<#assign ecs = entity.unverified()???then([], entity.attributes()?filter(a -> a.elementCollection()??))>
<#if ecs?has_content>

## Element collections

| Attribute | Element | Table | Key columns | Value columns | Fetch |
|---|---|---|---|---|---|
<#list ecs as a>
<#assign ec = a.elementCollection()>
| `${a.name()}` | `${ec.elementType()!""}` | `${ec.table().qualifiedName()}` | `${ec.keyColumns()?join(", ")}` | <#if ec.valueColumns()?has_content><@cols ec.valueColumns()/><#else><#list ec.embeddableAttributes() as p><#list p.columns() as c>`${c.name()!""}`<#sep>, </#list><#sep>, </#list></#if><#if ec.orderColumn()??>; order column `${ec.orderColumn()}`</#if><#if ec.mapKeyColumns()?has_content>; map key <@cols ec.mapKeyColumns()/></#if> | ${ec.fetch()}<#if !ec.fetchDeclared()> (default)</#if> |
</#list>
</#if>
<#if entity.foreignKeys()?has_content>

## Foreign keys of this table

| Name | Columns | References | On delete |
|---|---|---|---|
<#list entity.foreignKeys() as fk>
| `${fk.name()!""}` | `${fk.table()}.${fk.columns()?join(", ")}` | `${fk.referencedTable()}(${fk.referencedColumns()?join(", ")})` | ${fk.onDelete()} |
</#list>
</#if>
<#if entity.callbacks()?has_content>

## Lifecycle

Callbacks in the order JPA calls them for each event (read from annotations; a callback's code can change fields):

<#list entity.callbacks() as cb>
- <#if cb.method()??>`@${cb.event()}` `${cb.declaredIn()?keep_after_last(".")}.${cb.method()}`<#if cb.listener()> (entity listener `${cb.declaredIn()}`)</#if><#if cb.sets()?has_content>: sets <#list cb.sets() as f>`${f}`<#sep>, </#list></#if><#else>entity listener `${cb.declaredIn()}` (its callbacks are not in this module)</#if>
</#list>
</#if>
<#if entity.automaticValues()?has_content>

## Set automatically

Code must not set these: the framework does.

| Attribute | Set by | When | Provenance |
|---|---|---|---|
<#list entity.automaticValues() as v>
| `${v.attribute()}` | ${v.setBy()} | ${v.when()} | ${v.provenance()} |
</#list>
</#if>
<#if entity.constraints()?has_content>

## Constraints

Besides the NOT NULL columns above:

| Kind | Name | Attributes / columns | Detail | Groups |
|---|---|---|---|---|
<#list entity.constraints() as c>
| ${c.kind()} | <#if c.name()??>`${c.name()}`</#if> | <#if c.attributes()?has_content>`${c.attributes()?join(", ")}`</#if><#if c.columns()?has_content><#if c.attributes()?has_content> / </#if>columns `${c.columns()?join(", ")}`</#if> | <#if c.detail()??>`${c.detail()}`</#if> | ${c.groups()?map(g -> g?keep_after_last("."))?join(", ")} |
</#list>
</#if>
<#if entity.behaviours()?has_content>

## Hibernate behaviour

| Switch | On | Value | What it does |
|---|---|---|---|
<#list entity.behaviours() as b>
| `${b.name()}` | <#if b.member()??>`${b.member()}`<#else>entity</#if> | <#if b.detail()??>`${b.detail()}`</#if> | ${b.effect()} |
</#list>
</#if>
<#if entity.deleteImpact()??>
<#assign impact = entity.deleteImpact()>

## Deleting

<#if impact.softDelete()??>
- remove() does not delete the row: ${impact.softDelete()}.
</#if>
<#if impact.alsoDeleted()?has_content>
- Removing ${entity.name()} also removes:
<#list impact.alsoDeleted() as d>
  - ${d}
</#list>
<#else>
- Removing ${entity.name()} removes no other entity.
</#if>
<#if entity.unverified()??>
- Which foreign keys point at this entity's table is not known: Hibernate did not boot it. The removals above follow the cascades its annotations declare.
</#if>
<#if impact.unverifiedLinks()?has_content>
- Not counted here: the links of entities Hibernate did not boot, whose foreign keys are not known: <#list impact.unverifiedLinks() as l>`${l}`<#sep>, </#list>. Check their tables before deleting.
</#if>
<#if impact.blocking()?has_content>
- The delete fails while a row of these still points at it; delete or re-point them first: <#list impact.blocking() as ref>`${ref.key().table()}.${ref.key().columns()?join(", ")}`<#sep>, </#list>.
</#if>
<#if incoming?has_content>

Foreign keys that reference `${entity.table().qualifiedName()}`:

| Table | Columns | Name | On delete | Handled before the delete by |
|---|---|---|---|---|
<#list incoming as ref>
| `${ref.key().table()}` | `${ref.key().columns()?join(", ")}` | `${ref.key().name()!""}` | ${ref.key().onDelete()} | <#if ref.handledBy()??>${ref.handledBy()}<#else>**nothing: blocks the delete**</#if> |
</#list>
</#if>
</#if>
<#assign repos = pack.repositories()?filter(r -> r.entity()?? && r.entity() == entity.name())>
<#assign publishers = pack.eventPublishers()?filter(p -> p.className() == entity.className())>
<#if repos?has_content || publishers?has_content>

## Repositories and events

<#list repos as r>
- [${r.name()}](../repositories/${r.name()}.md): <#list r.methods() as m>`${m.name()}`<#if m.status() == "invalid"> (**invalid**)</#if><#sep>, </#list><#if !r.methods()?has_content>inherited operations only</#if>.
</#list>
<#if !repos?has_content>
- No repository of this module has ${entity.name()} as its domain type<#if entity.aggregateRoot()?? && entity.aggregateRoot() != entity.name()>: it is saved through [${entity.aggregateRoot()}](${entity.aggregateRoot()}.md)</#if>.
</#if>
<#list publishers as p>
- Publishes the domain events `${p.method()}` returns when a repository saves or deletes it<#if p.afterPublication()??>; `${p.afterPublication()}` clears them</#if>.
</#list>
</#if>
<#assign panacheQueryList = panacheQueries![]>
<#if panacheRecord?? || panacheQueryList?has_content>

## Quarkus Panache

<#if panacheRecord??>
<#if panacheRecord.base() == "PanacheEntity">
- Active record extending `PanacheEntity`: its identifier `id` is `PanacheEntity`'s `@Id @GeneratedValue public Long id` (a `@MappedSuperclass`), generated as the Identifier section says.
<#else>
- Active record extending `PanacheEntityBase`: it declares its own identifier (see Identifier); nothing is inherited but Panache's operations.
</#if>
- Its public fields are its persistent attributes. Quarkus's build rewrites every read and write of them in other classes into getter/setter calls<#if panacheRecord.accessors()?has_content>: the hand-written <#list panacheRecord.accessors() as a>`${a}`<#sep>, </#list> run<#if panacheRecord.accessors()?size == 1>s</#if> there, the others are generated<#else>, to accessors it generates</#if>.
- `${entity.name()}.delete(query, ...)`, `deleteAll()` and `update(query, ...)` are bulk statements; `persist()` and `delete()` of one instance go through the persistence context (see [conventions](../conventions.md#quarkus-panache)).
</#if>
<#if panacheQueryList?has_content>
- Queries the application passes to Panache for ${entity.name()}, expanded by Panache and checked by Hibernate:

| Called from | Operation | Written | Panache runs | Status |
|---|---|---|---|---|
<#list panacheQueryList as q>
| `${q.caller()}`<#if q.repository()?? && !q.caller()?starts_with(q.repository()?keep_after_last(".") + ".")> through `${q.repository()?keep_after_last(".")}`</#if> | ${q.operation()} | `` ${q.query()} `` | <#if q.expanded()??>`` ${q.expanded()} ``</#if> | <#if q.status() == "valid">valid<#else>**${q.status()}**: ${q.problem()!""}</#if> |
</#list>
</#if>
</#if>
<#if entity.rules()?has_content>

## Rules for changes

<#list entity.rules() as rule>
- ${rule.text()}
</#list>
</#if>
<#assign own = entityFindings>
<#if own?has_content>

## Findings

<#list own as f>
- **${f.code()}** (${f.severity()}<#if f.suppressed()??>, accepted: ${f.suppressed()}</#if>)<#if f.member()??> `${f.member()}`</#if>: ${f.message()}
</#list>
</#if>
