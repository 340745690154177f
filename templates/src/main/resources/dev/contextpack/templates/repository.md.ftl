<#-- One repository. Presentation only: every value comes from the model. -->
<#macro short name>${name?keep_after_last(".")}</#macro>
<!-- ${header} -->
# ${repository.name()}

`${repository.className()}`, a <#if repository.style() == "spring-data">Spring Data<#elseif repository.style() == "panache">Quarkus Panache<#else>Jakarta Data</#if> repository of <#if repository.entity()??>[${repository.entity()}](../${entityDir}${repository.entity()}.md)<#else>`${repository.domainClass()!"?"}` (not an entity of this model)</#if><#if repository.idType()??> with id type `${repository.idType()}`</#if>, provenance: ${repository.provenance()}.
<#if repository.module()??>

Edit it in module `${repository.module().artifactId()}` (<#if repository.module().directory() == ".">the top directory<#else>`${repository.module().directory()}/`</#if>)<#if repository.module().source()??>: `${repository.module().source()}`</#if>.
</#if>

<#assign bases = repository.baseInterfaces()?filter(b -> !b?ends_with(".Repository"))>
<#if repository.style() == "panache">
- Implements `${repository.baseInterfaces()?first?keep_after_last(".")}`: Panache's operations on ${repository.entity()!"its entity"} (`persist`, `findById`, `find`/`list`/`stream`/`count` with Panache's query syntax, `delete`, `update`, ...), described in [conventions](../conventions.md#quarkus-panache); `delete(query, ...)`, `deleteAll()` and `update(query, ...)` are bulk statements.
<#elseif bases?has_content>
- Extends <#list bases as b>`<@short b/>`<#sep>, </#list>: their operations (save, findById, delete, ...) and the transactions Spring Data runs them in are listed once in [conventions](../conventions.md#inherited-repository-operations).
<#elseif repository.style() == "spring-data">
- Extends only `Repository`: it inherits no operation; it has exactly the methods below (no `save()` unless declared).
</#if>
<#if repository.save()??>
- ${repository.save()}
</#if>
<#list repository.fragments() as f>
- Custom fragment `${f.interfaceName()}`, implemented by <#if f.implementation()??>`${f.implementation()}`<#else>**no class of this module**</#if>: its methods run that Java code, not a derived query.
</#list>
<#if repository.inheritedCalls()?has_content>
- Inherited operations this module calls: <#list repository.inheritedCalls() as c>${c}<#sep>; </#list>.
</#if>
<#if repository.usedBy()?has_content>
- Injected into <#list repository.usedBy() as u>`${u}`<#sep>, </#list>.
<#else>
- Injected into no class of this module.
</#if>
<#if repository.methods()?has_content>

## Methods

<#list repository.methods() as m>
### `${m.signature()}`<#if m.status() == "invalid"> (**invalid**)<#elseif m.status() == "unchecked"> (not checked)</#if>

- ${m.description()}
<#if m.resultShape()?? && m.source() != "derived">
- Returns ${m.resultShape()}.
</#if>
<#if m.derived()??>
<#list m.derived().alternatives() as group><#list group.conditions()?filter(c -> c.operator() == "SIMPLE_PROPERTY") as c>
- Passing null for `${c.parameters()?join(", ")}` matches rows whose `${c.property()}` IS NULL (Spring Data turns `= null` into IS NULL).
</#list></#list>
</#if>
<#if m.modifying()??>
- `@Modifying`: ${m.modifying()}.
</#if>
<#if m.entityGraph()??>
- `@EntityGraph`: ${m.entityGraph()}.
</#if>
<#if m.lock()??>
- `@Lock(${m.lock()})`: rows are locked until the transaction ends; it needs a transaction.
</#if>
- Transaction: ${m.transaction()}.
<#if m.calledFrom()?has_content>
- Called from <#list m.calledFrom() as c>${c}<#sep>; </#list>.
</#if>
<#if m.modifying()?? && m.transaction()?starts_with("none")>
- Call it inside a read-write transaction (for example a `@Transactional` service method): without one Hibernate refuses to execute the update or delete.
</#if>
<#if m.problem()??>
- <#if m.status() == "invalid">**Problem**<#else>Not checked</#if>: ${m.problem()}
</#if>
<#if m.query()??>

```<#if m.source() == "native">sql<#else>jpql</#if>
${m.query()}
```
</#if>
<#if m.countQuery()??>

Count query:

```sql
${m.countQuery()}
```
</#if>

</#list>
</#if>
<#assign own = repositoryFindings>
<#if own?has_content>
## Findings

<#list own as f>
- **${f.code()}** (${f.severity()}<#if f.suppressed()??>, accepted: ${f.suppressed()}</#if>)<#if f.member()??> `${f.member()}`</#if>: ${f.message()}
</#list>
</#if>
