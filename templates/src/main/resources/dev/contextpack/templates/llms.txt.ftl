<#-- The pack's index in the llms.txt format (llmstxt.org): H1, a blockquote summary, then link lists.
     The header sits in the summary: llms.txt starts with its H1. Presentation only. -->
# ${pack.module()}: data layer

> The JPA data layer of `${pack.module()}` as Hibernate ORM reads the compiled code: ${pack.entities()?size} entit${(pack.entities()?size == 1)?then("y", "ies")}<#if pack.repositories()?has_content>, ${pack.repositories()?size} repositor${(pack.repositories()?size == 1)?then("y", "ies")}</#if>. ${header}

Each entity page gives the table and columns, owning sides, cascades, what a delete removes and the rules for changes.

## Entities

<#list pack.entities() as e>
- [${e.name()}](${entityDir}${e.name()}.md): <#if e.table()??>table `${e.table().qualifiedName()}`<#else>no table of its own</#if><#if e.aggregateRoot()?? && e.aggregateRoot() != e.name()>, saved with ${e.aggregateRoot()}</#if><#list pack.aggregates()?filter(ag -> ag.root() == e.name() && ag.savedWithRoot()?has_content) as ag>, aggregate root of ${ag.savedWithRoot()?join(", ")}</#list>
</#list>
<#if pack.repositories()?has_content>

## Repositories

<#list pack.repositories() as r>
- [${r.name()}](${repositoryDir}${r.name()}.md): <#if r.entity()??>${r.entity()}<#else>`${r.domainClass()!"?"}`</#if>, ${r.methods()?size} method${(r.methods()?size == 1)?then("", "s")}
</#list>
</#if>
<#if packages??>

## Packages

<#list packages as p>
- [${p.name()}](${p.file()}): ${p.entities()?join(", ")}
</#list>
</#if>

## Optional

- [README.md](README.md): the index, with aggregates and findings
- [conventions.md](conventions.md): the settings in force and where each came from
- [${yamlFile}](${yamlFile}): every fact, machine-readable
