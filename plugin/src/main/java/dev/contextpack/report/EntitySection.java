package dev.contextpack.report;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.AutomaticValue;
import dev.contextpack.model.Column;
import dev.contextpack.model.DeleteImpact;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Identifier;
import dev.contextpack.model.Inheritance;
import dev.contextpack.model.LifecycleCallback;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.Rule;

import java.util.ArrayList;
import java.util.List;

/** One entity of the report: the facts of its page in the pack, in the order a newcomer reads them. */
final class EntitySection {

    private final Entity entity;
    private final List<Finding> findings;

    EntitySection(Entity entity, List<Finding> findings) {
        this.entity = entity;
        this.findings = findings;
    }

    void render(ReportSink out) {
        out.section(3, Anchors.entity(entity.name()), entity.name());
        out.paragraph(summary());
        if (entity.unverified() != null) {
            out.paragraph("**Not verified: Hibernate could not boot this entity.** " + entity.unverified().reason()
                    + " Everything below is read from its annotations only; its table and column names, SQL types, foreign keys and rules"
                    + " are not known until it boots. **Fix:** " + entity.unverified().fix());
        } else if (entity.provenance() != Provenance.verified) {
            out.paragraph("**Not verified.** Hibernate rejected this entity's mapping (see its findings), so only what its annotations"
                    + " say is shown: no physical column, relationship or rule is stated for it.");
        }
        identifier(out);
        columns(out);
        relationships(out);
        elementCollections(out);
        lifecycle(out);
        deleting(out);
        rules(out);
        findings(out);
        out.sectionEnd(3);
    }

    private String summary() {
        StringBuilder sb = new StringBuilder("`" + entity.className() + "`" + (entity.isAbstract() ? " (abstract)" : "")
                + ", declared by " + entity.declaredBy() + ".");
        if (entity.table() != null) {
            sb.append(" Table `").append(entity.table().qualifiedName()).append('`');
            entity.secondaryTables().forEach(st -> sb.append(", secondary table `").append(st.table().qualifiedName()).append('`'));
            sb.append('.');
        } else if (entity.unverified() != null && entity.unverified().declaredTable() != null) {
            var physical = entity.unverified().physicalTable();
            sb.append(" Table as `@Table` declares it: `").append(entity.unverified().declaredTable().qualifiedName()).append('`')
                    .append(physical == null ? "" : " (`" + physical.qualifiedName() + "` under the physical naming strategy)").append('.');
        } else if (entity.provenance() == Provenance.verified) {
            sb.append(" No table of its own: an abstract TABLE_PER_CLASS root; its rows live in its subclasses' tables.");
        }
        Inheritance inh = entity.inheritance();
        if (inh != null) {
            sb.append(" Inheritance `").append(inh.strategy()).append("`, root ").append(Anchors.entityLink(inh.root()));
            if (inh.parent() != null) sb.append(", parent ").append(Anchors.entityLink(inh.parent()));
            if (!inh.subclasses().isEmpty()) sb.append(", subclasses ").append(String.join(", ", inh.subclasses().stream().map(Anchors::entityLink).toList()));
            if (inh.discriminatorValue() != null && !entity.isAbstract()) sb.append(", discriminator value `").append(inh.discriminatorValue()).append('`');
            sb.append('.');
        }
        if (entity.aggregateRoot() != null && !entity.aggregateRoot().equals(entity.name())) {
            sb.append(" Saved through its aggregate root ").append(Anchors.entityLink(entity.aggregateRoot())).append('.');
        }
        return sb.toString();
    }

    private void identifier(ReportSink out) {
        Identifier id = entity.identifier();
        if (id == null) return;
        String columns = entity.unverified() != null ? "not known" : columns(id.columns());
        String text = switch (id.kind()) {
            case "simple" -> "Identifier `" + id.attribute() + "` (`" + id.javaType() + "`), column " + columns;
            case "embeddedId" -> "`@EmbeddedId` `" + id.attribute() + "` (`" + id.javaType() + "`), columns " + columns;
            default -> "`@IdClass` `" + id.idClass() + "`, columns " + columns;
        };
        if (id.generation() != null) {
            text += "; strategy " + id.generation().strategy() + (id.generation().sequence() == null ? "" : " (sequence `" + id.generation().sequence() + "`)")
                    + ", assigned by " + id.generation().assignedBy();
        }
        out.paragraph(text + ".");
    }

    private void columns(ReportSink out) {
        List<List<String>> rows = new ArrayList<>();
        for (Attribute a : entity.attributes()) columnRows(a, "", rows);
        if (rows.isEmpty()) {
            if (entity.provenance() != Provenance.verified && !entity.attributes().isEmpty()) {
                out.paragraph("Attributes in the bytecode: " + String.join(", ", entity.attributes().stream()
                        .map(a -> "`" + a.name() + "` (`" + a.javaType() + "`)").toList()) + ".");
            }
            return;
        }
        out.paragraph("**Columns**");
        out.table(List.of("Attribute", "Column", "SQL type", "Nullable", "Unique", "Java type"), rows);
    }

    private void columnRows(Attribute a, String prefix, List<List<String>> rows) {
        if (a.embedded() != null) {
            for (Attribute part : a.embedded().attributes()) columnRows(part, prefix + a.name() + ".", rows);
            return;
        }
        for (Column c : a.columns()) {
            String column = c.formula() != null ? "formula `" + c.formula() + "`"
                    : "`" + (c.table() != null && entity.table() != null && !c.table().equals(entity.table().qualifiedName()) ? c.table() + "." : "")
                    + c.name() + "`";
            rows.add(List.of("`" + prefix + a.name() + "`" + (a.identifier() ? " (id)" : a.version() ? " (@Version)" : ""), column,
                    c.sqlType() == null ? "" : "`" + c.sqlType() + "`", c.nullable() ? "yes" : "**NOT NULL**", c.unique() ? "yes" : "no",
                    a.javaType() == null ? "" : "`" + a.javaType() + "`"));
        }
    }

    private void relationships(ReportSink out) {
        List<List<String>> rows = new ArrayList<>();
        relationshipRows(entity.attributes(), "", rows);
        if (rows.isEmpty()) return;
        out.paragraph("**Relationships** (only the owning side writes the link; the inverse side is ignored when saving)");
        out.table(List.of("Attribute", "Kind", "Target", "Side", "Stored in", "Optional", "Fetch", "Cascade", "Orphan removal"), rows);
    }

    private void relationshipRows(List<Attribute> attributes, String prefix, List<List<String>> rows) {
        for (Attribute a : attributes) {
            Association link = a.association();
            if (link != null) {
                String side = (link.owningSide() ? "**owning**" : "inverse (mappedBy `" + link.mappedBy() + "`)")
                        + (link.bidirectional() ? ", partner `" + link.target() + "." + link.partner() + "`" : ", unidirectional");
                rows.add(List.of("`" + prefix + a.name() + "`", link.kind(), Anchors.entityLink(link.target()), side, storedIn(link),
                        link.kind().endsWith("ToMany") ? "—" : link.optional() ? "yes" : "**no**",
                        link.fetch() + (link.fetchDeclared() ? "" : " (default)"),
                        link.cascade().operations().isEmpty() ? "none" : String.join(", ", link.cascade().operations()),
                        link.cascade().orphanRemoval() ? "yes" : "no"));
            }
            if (a.embedded() != null) relationshipRows(a.embedded().attributes(), prefix + a.name() + ".", rows);
        }
    }

    private String storedIn(Association link) {
        if (entity.unverified() != null) return "not known (not verified)";
        if (link.joinTable() != null) {
            var jt = link.joinTable();
            return "join table `" + jt.table().qualifiedName() + "`: `" + String.join(", ", jt.ownerColumns()) + "` → `"
                    + (jt.ownerTable() == null ? entity.name() : jt.ownerTable()) + "`, `" + String.join(", ", jt.targetColumns()) + "` → `"
                    + (jt.targetTable() == null ? link.target() : jt.targetTable()) + "`";
        }
        if (!link.joinColumns().isEmpty()) {
            return columns(link.joinColumns()) + " → `" + (link.referencedTable() == null ? "" : link.referencedTable())
                    + "(" + String.join(", ", link.referencedColumns()) + ")`" + (link.sharedPrimaryKey() ? " (shared primary key)" : "");
        }
        return "—";
    }

    private void elementCollections(ReportSink out) {
        List<List<String>> rows = new ArrayList<>();
        for (Attribute a : entity.attributes()) {
            var ec = a.elementCollection();
            if (ec == null) continue;
            rows.add(List.of("`" + a.name() + "`", ec.elementType() == null ? "" : "`" + ec.elementType() + "`",
                    ec.table() == null ? "not known" : "`" + ec.table().qualifiedName() + "`", "`" + String.join(", ", ec.keyColumns()) + "`",
                    ec.fetch() + (ec.fetchDeclared() ? "" : " (default)")));
        }
        if (rows.isEmpty()) return;
        out.paragraph("**Element collections** (stored in their own table, deleted and re-inserted with the owner)");
        out.table(List.of("Attribute", "Element", "Table", "Key columns", "Fetch"), rows);
    }

    private void lifecycle(ReportSink out) {
        List<String> items = new ArrayList<>();
        for (LifecycleCallback cb : entity.callbacks()) {
            if (cb.method() == null) {
                items.add("entity listener `" + cb.declaredIn() + "` (its callbacks are not in this module)");
                continue;
            }
            String owner = cb.declaredIn().substring(cb.declaredIn().lastIndexOf('.') + 1);
            items.add("`@" + cb.event() + "` `" + owner + "." + cb.method() + "`" + (cb.listener() ? " (entity listener)" : "")
                    + (cb.sets().isEmpty() ? "" : ": sets " + String.join(", ", cb.sets().stream().map(s -> "`" + s + "`").toList())));
        }
        if (!items.isEmpty()) {
            out.paragraph("**Lifecycle** (callbacks in the order JPA calls them; a callback's code can change fields)");
            out.list(items);
        }
        List<List<String>> rows = new ArrayList<>();
        for (AutomaticValue v : entity.automaticValues()) {
            rows.add(List.of("`" + v.attribute() + "`", v.setBy(), v.when(), v.provenance().name()));
        }
        if (rows.isEmpty()) return;
        out.paragraph("**Set automatically** (code must not set these: the framework does)");
        out.table(List.of("Attribute", "Set by", "When", "Provenance"), rows);
    }

    private void deleting(ReportSink out) {
        DeleteImpact impact = entity.deleteImpact();
        if (impact == null) return;
        List<String> items = new ArrayList<>();
        if (impact.softDelete() != null) items.add("remove() does not delete the row: " + impact.softDelete() + ".");
        items.add(impact.alsoDeleted().isEmpty() ? "Removing " + entity.name() + " removes no other entity."
                : "Removing " + entity.name() + " also removes: " + String.join("; ", impact.alsoDeleted()) + ".");
        for (DeleteImpact.Reference ref : impact.references()) {
            items.add("`" + ref.key().table() + "." + String.join(", ", ref.key().columns()) + "` points at it (on delete "
                    + ref.key().onDelete() + "): " + (ref.handledBy() == null ? "**nothing clears it: it blocks the delete**" : "cleared by " + ref.handledBy()));
        }
        if (entity.unverified() != null) {
            items.add("Which foreign keys point at this entity's table is not known: Hibernate did not boot it.");
        }
        if (!impact.unverifiedLinks().isEmpty()) {
            items.add("Not counted: links of entities Hibernate did not boot, whose foreign keys are not known: "
                    + String.join(", ", impact.unverifiedLinks().stream().map(l -> "`" + l + "`").toList()) + ".");
        }
        out.paragraph("**Deleting**");
        out.list(items);
    }

    private void rules(ReportSink out) {
        if (entity.rules().isEmpty()) return;
        out.paragraph("**Rules for changes**");
        out.list(entity.rules().stream().map(Rule::text).toList());
    }

    private void findings(ReportSink out) {
        if (findings.isEmpty()) return;
        out.paragraph("**Findings**");
        out.list(findings.stream().map(f -> "**" + f.code() + "** (" + f.severity() + (f.suppressed() == null ? "" : ", accepted: " + f.suppressed()) + ")"
                + (f.member() == null ? "" : " `" + f.member() + "`") + ": " + f.message()).toList());
    }

    private static String columns(List<Column> columns) {
        return String.join(", ", columns.stream().map(c -> "`" + (c.table() == null ? "" : c.table() + ".") + (c.name() == null ? "(formula)" : c.name()) + "`").toList());
    }
}
