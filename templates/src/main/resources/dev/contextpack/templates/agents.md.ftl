<#-- The managed section of AGENTS.md / CLAUDE.md: short (agents read it on every task), pointers into the pack.
     Presentation only: every value comes from the model. -->
<#if markers>
<!-- ${header} -->
</#if>
## Data layer of `${pack.module()}`

${pack.entities()?size} JPA entit${(pack.entities()?size == 1)?then("y", "ies")}, as Hibernate ORM reads the compiled code. Before changing an entity, a relationship
or a query, read the entity's page in [`${packLink}`](${packLink}${index}): table and columns, owning sides, cascades,
what a delete removes and the rules for changes. All facts, machine-readable: [`${packLink}${yamlFile}`](${packLink}${yamlFile}).

<#if modules?has_content>
- Modules: <#list modules as m>`${m.directory()}` (${m.artifactId()}) holds <#if m.entities()?has_content>${m.entities()?size} entit${(m.entities()?size == 1)?then("y", "ies")}</#if><#if m.entities()?has_content && m.repositories()?has_content> and </#if><#if m.repositories()?has_content>${m.repositories()?size} repositor${(m.repositories()?size == 1)?then("y", "ies")}</#if><#sep>; </#list>.
</#if>
<#assign shown = ["projectHibernateVersion", "dialect", "physicalNamingStrategy", "spring.jpa.hibernate.ddl-auto", "hibernate.hbm2ddl.auto", "schemaManagedBy", "spring.jpa.open-in-view"]>
<#assign settings = pack.settings()?filter(s -> shown?seq_contains(s.name()))>
<#if settings?has_content>
- Settings in force: <#list settings as s>${s.name()} `<#if s.value()?matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*")>${s.value()?keep_after_last(".")}<#else>${s.value()}</#if>`<#sep>, </#list>.
</#if>
<#assign cascading = pack.aggregates()?filter(ag -> ag.savedWithRoot()?has_content || ag.deletedWithRoot()?has_content)>
<#list cascading as ag>
<#if ag?index < maxLines>
- [${ag.root()}](${packLink}${entityDir}${ag.root()}.md) saves<#if ag.savedWithRoot()?has_content> ${ag.savedWithRoot()?join(", ")}<#else> nothing</#if> and deletes<#if ag.deletedWithRoot()?has_content> ${ag.deletedWithRoot()?join(", ")}<#else> nothing</#if> with it (cascades).
<#elseif ag?index == maxLines>
- ${cascading?size - maxLines} more aggregates: see the index.
</#if>
</#list>
<#assign alone = pack.aggregates()?filter(ag -> !ag.savedWithRoot()?has_content && !ag.deletedWithRoot()?has_content)>
<#if alone?has_content>
- Saved and deleted on their own (no cascade reaches them): <#list alone as ag><#if ag?index < maxNames>${ag.root()}<#sep>, </#sep><#elseif ag?index == maxNames>and ${alone?size - maxNames} more</#if></#list>.
</#if>
<#if pack.repositories()?has_content>
- Repositories (which methods already query what, and their transactions): <#list pack.repositories() as r><#if r?index < maxNames>[${r.name()}](${packLink}${repositoryDir}${r.name()}.md)<#sep>, </#sep><#elseif r?index == maxNames>and ${pack.repositories()?size - maxNames} more</#if></#list>.
</#if>
<#if pack.panache()??>
- Quarkus Panache<#if pack.panache().activeRecords()?has_content> (active records: <#list pack.panache().activeRecords() as a><#if a?index < maxNames>${a.entity()}<#sep>, </#sep><#elseif a?index == maxNames>and ${pack.panache().activeRecords()?size - maxNames} more</#if></#list>)</#if>: `delete(query)`, `deleteAll()` and `update(query)` are bulk statements that skip cascades, callbacks and `@Version`; query strings are expanded by Panache's rules: see [conventions](${packLink}conventions.md#quarkus-panache).
</#if>
<#assign unverified = pack.entities()?filter(e -> e.provenance() != "verified")>
<#if unverified?has_content>
- Not verified by Hibernate (described from annotations only): <#list unverified as e><#if e?index < maxNames>${e.name()}<#sep>, </#sep><#elseif e?index == maxNames>and ${unverified?size - maxNames} more (marked in the index)</#if></#list>.
</#if>
<#assign open = pack.findings()?filter(f -> !f.suppressed()??)>
<#if open?has_content>
- Findings: <#list ["error", "warning", "info"] as sev><#assign n = open?filter(f -> f.severity() == sev)?size><#if n gt 0>${n} ${sev}<#if n gt 1 && sev != "info">s</#if> </#if></#list>(listed in the index).
</#if>
