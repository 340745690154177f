<#-- One package of a model too large for one index page (maxTokensPerFile). Presentation only. -->
<!-- ${header} -->
# Package `${package.name()}` of ${pack.module()}

Part of the [data-layer context of `${pack.module()}`](${indexLink}): its entities of this package, the
aggregates rooted here, their relationships and findings. Each entity's page holds the rules for changes.

## Entities

| Entity | Table | Identifier | Relationships |
|---|---|---|---|
<#list entities as e>
| [${e.name()}](${entityDir}${e.name()}.md)<#if e.unverified()??> (**unverified**: ${e.unverified().cause()})</#if> | <#if e.table()??>`${e.table().qualifiedName()}`<#elseif !e.unverified()??>none (abstract TABLE_PER_CLASS root)<#elseif e.unverified().physicalTable()??>`${e.unverified().physicalTable().qualifiedName()}` (from `@Table`)<#elseif e.unverified().declaredTable()??>`${e.unverified().declaredTable().qualifiedName()}` as declared<#else>not known</#if> | <#if e.identifier()??><#if e.identifier().attribute()??>`${e.identifier().attribute()}` </#if>${e.identifier().generation().strategy()}</#if> | <#list e.attributes()?filter(a -> a.association()??) as a>`${a.name()}` ${a.association().kind()} ${a.association().target()}<#sep>, </#list> |
</#list>
<#assign cascading = aggregates?filter(ag -> ag.savedWithRoot()?has_content || ag.deletedWithRoot()?has_content)>
<#if cascading?has_content>

## Aggregates

<#if !compact>
Entities saved (PERSIST) and deleted (REMOVE) together through cascades.

</#if>| Root | Saved with the root | Deleted with the root |
|---|---|---|
<#list cascading as ag>
| [${ag.root()}](${entityDir}${ag.root()}.md) | <#list ag.savedWithRoot() as m>${m}<#sep>, </#list> | <#list ag.deletedWithRoot() as m>${m}<#sep>, </#list> |
</#list>
</#if>
<#if edges?has_content && !compact>

## Diagram

```mermaid
erDiagram
<#list entities as e>
    ${e.name()}
</#list>
<#list edges as edge>
    ${edge.from()} ${edge.left()}${edge.line()}${edge.right()} ${edge.to()} : "${edge.label()}"
</#list>
```
</#if>
<#if findings?has_content>

## Findings

<#list findings as f>
- **${f.code()}** (${f.severity()}<#if f.suppressed()??>, accepted: ${f.suppressed()}</#if>)<#if f.className()??> `${f.className()}<#if f.member()??>.${f.member()}</#if>`</#if>: ${f.message()}
</#list>
</#if>
