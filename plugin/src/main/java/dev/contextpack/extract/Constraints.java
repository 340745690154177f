package dev.contextpack.extract;

import dev.contextpack.model.Constraint;
import dev.contextpack.model.Provenance;
import dev.contextpack.scan.ClassFacts;
import dev.contextpack.scan.MemberFacts;
import dev.contextpack.scan.ScanResult;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What rejects bad data: the table's unique keys, indexes and checks and the natural id (from
 * Hibernate's model), and Bean Validation constraints on fields and getters (from the bytecode;
 * they run when a Bean Validation provider is on the class path).
 */
final class Constraints {

    private static final List<String> VALIDATION_PACKAGES = List.of("jakarta.validation.constraints.", "org.hibernate.validator.constraints.");

    private Constraints() {
    }

    static List<Constraint> of(PersistentClass pc, Table table, ScanResult scan) {
        List<Constraint> constraints = new ArrayList<>();
        if (table != null && !table.isAbstractUnionTable()) {
            for (UniqueKey key : table.getUniqueKeys().values()) {
                constraints.add(new Constraint("UNIQUE", key.getName(), List.of(), PhysicalFacts.names(key.getColumns()), null, List.of(), Provenance.verified));
            }
            for (Index index : table.getIndexes().values()) {
                constraints.add(new Constraint("INDEX", index.getName(), List.of(), PhysicalFacts.names(index.getColumns()),
                        index.isUnique() ? "unique" : null, List.of(), Provenance.verified));
            }
            for (CheckConstraint check : table.getChecks()) {
                constraints.add(new Constraint("CHECK", check.getName(), List.of(), List.of(), check.getConstraint(), List.of(), Provenance.verified));
            }
        }
        List<String> naturalId = new ArrayList<>();
        for (Property p : pc.getPropertyClosure()) {
            if (p.isNaturalIdentifier()) naturalId.add(p.getName());
        }
        if (!naturalId.isEmpty()) {
            constraints.add(new Constraint("NATURAL_ID", null, naturalId, List.of(), "unique and immutable unless @NaturalId(mutable = true)",
                    List.of(), Provenance.verified));
        }
        for (Property p : pc.getPropertyClosure()) beanValidation(p, "", pc.getClassName(), scan, constraints);
        constraints.sort(Comparator.comparing(Constraint::kind).thenComparing(c -> String.valueOf(c.attributes()) + c.columns() + c.name()));
        return constraints;
    }

    private static void beanValidation(Property p, String prefix, String ownerClass, ScanResult scan, List<Constraint> out) {
        String path = prefix + p.getName();
        if (p.getValue() instanceof Component c) {
            for (Property part : c.getProperties()) beanValidation(part, path + ".", c.getComponentClassName(), scan, out);
        }
        // field and getter: Bean Validation reads both
        for (ClassFacts facts = scan.classes().get(ownerClass); facts != null; facts = facts.superclass() == null ? null : scan.classes().get(facts.superclass())) {
            add(facts.fields().get(p.getName()), path, "", out);
            add(facts.getters().get(p.getName()), path, " on the getter", out);
        }
    }

    private static void add(MemberFacts member, String path, String where, List<Constraint> out) {
        if (member == null) return;
        for (Map.Entry<String, Map<String, String>> annotation : member.annotations().entrySet()) {
            if (VALIDATION_PACKAGES.stream().noneMatch(annotation.getKey()::startsWith)) continue;
            Map<String, String> params = new java.util.TreeMap<>(annotation.getValue());
            String groups = params.remove("groups");
            params.remove("message");
            params.remove("payload");
            String simple = annotation.getKey().substring(annotation.getKey().lastIndexOf('.') + 1);
            String detail = "@" + simple + (params.isEmpty() ? "" : params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(", ", "(", ")"))) + where;
            out.add(new Constraint("BEAN_VALIDATION", null, List.of(path), List.of(), detail,
                    groups == null || groups.isEmpty() ? List.of() : Arrays.stream(groups.split(",")).map(String::trim).toList(),
                    Provenance.annotation));
        }
    }
}
