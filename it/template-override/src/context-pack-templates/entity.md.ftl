<#-- Project override of the bundled entity page. -->
# Custom ${entity.name()}

Stored in table `${entity.table().name()}`.
<#list entity.attributes() as a>
- ${a.name()}
</#list>
