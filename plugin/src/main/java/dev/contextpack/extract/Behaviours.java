package dev.contextpack.extract;

import dev.contextpack.model.Behaviour;
import dev.contextpack.model.Provenance;
import dev.contextpack.scan.ClassFacts;
import dev.contextpack.scan.MemberFacts;
import dev.contextpack.scan.ScanResult;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.FilterConfiguration;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Switches that change what reads, writes and deletes do. Where Hibernate's model holds the
 * switch it is read from there (verified); switches Hibernate keeps only at runtime, and other
 * libraries' annotations (Envers, Jackson), are read from the bytecode.
 */
final class Behaviours {

    private static final String H = "org.hibernate.annotations.";
    private static final String JACKSON = "com.fasterxml.jackson.annotation.";

    private Behaviours() {
    }

    static List<Behaviour> of(PersistentClass pc, ScanResult scan) {
        List<Behaviour> out = new ArrayList<>();
        String name = pc.getJpaEntityName();
        RootClass root = pc.getRootClass();
        if (root.getWhere() != null) {
            out.add(new Behaviour("@SQLRestriction", null, root.getWhere(), "Every query of " + name
                    + " and every association to it add this condition: rows that fail it are invisible to the application.", Provenance.verified));
        }
        Column softDelete = root.getSoftDeleteColumn();
        if (softDelete != null) {
            out.add(new Behaviour("@SoftDelete", null, "column " + softDelete.getName() + ", strategy " + root.getSoftDeleteStrategy(),
                    "remove() runs an UPDATE of " + softDelete.getName() + " instead of a DELETE; the row stays in the table and every query hides it.",
                    Provenance.verified));
        }
        if (pc.getCustomSQLDelete() != null) {
            out.add(new Behaviour("@SQLDelete", null, pc.getCustomSQLDelete(), "remove() runs this SQL instead of Hibernate's DELETE.", Provenance.verified));
        }
        if (pc.getCustomSQLInsert() != null) {
            out.add(new Behaviour("@SQLInsert", null, pc.getCustomSQLInsert(), "persist() runs this SQL instead of Hibernate's INSERT.", Provenance.verified));
        }
        if (pc.getCustomSQLUpdate() != null) {
            out.add(new Behaviour("@SQLUpdate", null, pc.getCustomSQLUpdate(), "Updates run this SQL instead of Hibernate's UPDATE.", Provenance.verified));
        }
        for (FilterConfiguration filter : pc.getFilters()) {
            out.add(new Behaviour("@Filter", null, filter.getName() + ": " + filter.getCondition(), "Rows that fail the condition are hidden only"
                    + " while a session enables filter " + filter.getName() + " (session.enableFilter); other sessions see every row.", Provenance.verified));
        }
        if (!pc.isMutable()) {
            out.add(new Behaviour("@Immutable", null, null, "Changes to a loaded " + name + " are never written: Hibernate runs no UPDATE for it.", Provenance.verified));
        }
        if (pc.useDynamicUpdate()) {
            out.add(new Behaviour("@DynamicUpdate", null, null, "UPDATE statements set only the columns that changed.", Provenance.verified));
        }
        if (pc.useDynamicInsert()) {
            out.add(new Behaviour("@DynamicInsert", null, null, "INSERT statements leave out null columns, so the database's column defaults apply.", Provenance.verified));
        }
        if (pc.getBatchSize() > 1) {
            out.add(new Behaviour("@BatchSize", null, String.valueOf(pc.getBatchSize()), "Lazy loads of " + name + " fetch up to "
                    + pc.getBatchSize() + " rows per query.", Provenance.verified));
        }
        if (pc.isCached()) {
            out.add(new Behaviour("@Cache", null, pc.getCacheConcurrencyStrategy(), "Second-level cached: rows changed outside Hibernate"
                    + " (plain SQL, bulk updates, other applications) can be served stale until evicted.", Provenance.verified));
        }
        for (Property p : pc.getPropertyClosure()) {
            if (p.getValue() instanceof Collection c) collection(p.getName(), c, out);
            MemberFacts member = scan.member(pc.getClassName(), p.getName());
            if (member != null) annotations(p.getName(), member.annotations(), out);
        }
        ClassFacts facts = scan.classes().get(pc.getClassName());
        if (facts != null) annotations(null, facts.annotations(), out);
        out.sort(Comparator.comparing((Behaviour b) -> b.member() == null ? "" : b.member()).thenComparing(Behaviour::name));
        return out;
    }

    private static void collection(String member, Collection c, List<Behaviour> out) {
        if (c.getWhere() != null) {
            out.add(new Behaviour("@SQLRestriction", member, c.getWhere(), "The collection leaves out rows that fail this condition;"
                    + " a query of the target entity still sees them.", Provenance.verified));
        }
        if (c.getBatchSize() > 1) {
            out.add(new Behaviour("@BatchSize", member, String.valueOf(c.getBatchSize()), "Loading this collection for several owners fetches up to "
                    + c.getBatchSize() + " owners' collections per query.", Provenance.verified));
        }
        if (c.isSubselectLoadable()) {
            out.add(new Behaviour("@Fetch(SUBSELECT)", member, null, "The first access loads this collection for every owner the same query returned,"
                    + " with one more query.", Provenance.verified));
        }
        for (FilterConfiguration filter : c.getFilters()) {
            out.add(new Behaviour("@Filter", member, filter.getName() + ": " + filter.getCondition(), "The collection hides rows that fail the condition"
                    + " while a session enables filter " + filter.getName() + ".", Provenance.verified));
        }
    }

    /** What Hibernate keeps only at runtime, and other libraries' annotations. */
    private static void annotations(String member, Map<String, Map<String, String>> annotations, List<Behaviour> out) {
        if (annotations.containsKey(H + "NotFound")) {
            String action = annotations.get(H + "NotFound").getOrDefault("action", "EXCEPTION");
            out.add(new Behaviour("@NotFound", member, action, "IGNORE".equals(action)
                    ? "A foreign key that points at a missing row reads as null instead of failing, and the link is always loaded eagerly."
                    : "A foreign key that points at a missing row makes the load fail (FetchNotFoundException).", Provenance.annotation));
        }
        if (annotations.containsKey(H + "OnDelete")) {
            String action = annotations.get(H + "OnDelete").getOrDefault("action", "NO_ACTION");
            out.add(new Behaviour("@OnDelete", member, action, "The database itself " + ("CASCADE".equals(action) ? "deletes" : "updates")
                    + " these rows when the referenced row is deleted (ON DELETE " + action.replace('_', ' ')
                    + "); entities already loaded do not see it.", Provenance.annotation));
        }
        if (annotations.containsKey(H + "Fetch")) {
            String mode = annotations.get(H + "Fetch").getOrDefault("value", "");
            if (!"SUBSELECT".equals(mode)) {
                out.add(new Behaviour("@Fetch(" + mode + ")", member, mode, "JOIN".equals(mode)
                        ? "Loaded with an outer join in the same query as its owner, so it is never lazy (an explicit LAZY is ignored)."
                        : "Loaded with a separate SELECT, one per owner unless batched.", Provenance.annotation));
            }
        }
        if (annotations.containsKey("org.hibernate.envers.Audited")) {
            out.add(new Behaviour("@Audited", member, null, "Hibernate Envers writes a revision row to the _AUD table on every change.", Provenance.annotation));
        }
        if (annotations.containsKey(JACKSON + "JsonIgnore")) {
            out.add(new Behaviour("@JsonIgnore", member, null, "Left out of the JSON Jackson writes and ignored in the JSON it reads.", Provenance.annotation));
        }
        if (annotations.containsKey(JACKSON + "JsonManagedReference")) {
            out.add(new Behaviour("@JsonManagedReference", member, null, "Written to JSON; the other side (@JsonBackReference) is not, and is set from it when JSON is read.", Provenance.annotation));
        }
        if (annotations.containsKey(JACKSON + "JsonBackReference")) {
            out.add(new Behaviour("@JsonBackReference", member, null, "Not written to JSON (it would loop); set from the @JsonManagedReference side when JSON is read.", Provenance.annotation));
        }
        if (annotations.containsKey(JACKSON + "JsonIdentityInfo")) {
            out.add(new Behaviour("@JsonIdentityInfo", member, annotations.get(JACKSON + "JsonIdentityInfo").get("property"),
                    "A second occurrence of the same instance is written to JSON as its id only.", Provenance.annotation));
        }
    }
}
