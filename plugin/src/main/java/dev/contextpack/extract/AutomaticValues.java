package dev.contextpack.extract;

import dev.contextpack.model.AutomaticValue;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Identifier;
import dev.contextpack.model.LifecycleCallback;
import dev.contextpack.model.Provenance;
import dev.contextpack.scan.MemberFacts;
import dev.contextpack.scan.ScanResult;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import java.util.ArrayList;
import java.util.List;

/**
 * Values the framework sets: generated ids, versions, Hibernate's value generators
 * (verified: Hibernate holds a generator for the property), formulas, and Spring Data auditing
 * (annotations, checked against the listener and {@code @EnableJpaAuditing}).
 */
final class AutomaticValues {

    private static final String HIBERNATE = "org.hibernate.annotations.";
    private static final String SPRING_DATA = "org.springframework.data.annotation.";
    static final String AUDITING_LISTENER = "org.springframework.data.jpa.domain.support.AuditingEntityListener";

    private final ScanResult scan;
    private final boolean auditingEnabled;
    private final List<Finding> findings;

    AutomaticValues(ScanResult scan, List<Finding> findings) {
        this.scan = scan;
        this.findings = findings;
        this.auditingEnabled = scan.classes().values().stream()
                .anyMatch(c -> c.annotations().containsKey("org.springframework.data.jpa.repository.config.EnableJpaAuditing"));
    }

    List<AutomaticValue> of(PersistentClass pc, Identifier id, List<LifecycleCallback> callbacks) {
        List<AutomaticValue> values = new ArrayList<>();
        if (id != null && id.generation() != null && !"ASSIGNED".equals(id.generation().strategy())) {
            values.add(new AutomaticValue(id.attribute() == null ? "(identifier)" : id.attribute(), id.generation().assignedBy(),
                    "FOREIGN".equals(id.generation().strategy()) ? "persist" : id.generation().strategy().equals("IDENTITY") ? "insert" : "persist",
                    id.generation().provenance()));
        }
        if (pc.getVersion() != null) {
            values.add(new AutomaticValue(pc.getVersion().getName(), "Hibernate (@Version)", "insert (initial value) and every update", Provenance.verified));
        }
        boolean listener = callbacks.stream().anyMatch(c -> AUDITING_LISTENER.equals(c.declaredIn()));
        for (Property p : pc.getPropertyClosure()) {
            if (p == pc.getVersion() || p.getName().equals("_identifierMapper")) continue;
            visit(p, "", pc.getClassName(), values, listener);
        }
        return values;
    }

    private void visit(Property p, String prefix, String ownerClass, List<AutomaticValue> values, boolean listener) {
        String path = prefix + p.getName();
        MemberFacts member = scan.member(ownerClass, p.getName());
        if (p.getValue() instanceof Component c) {
            for (Property part : c.getProperties()) visit(part, path + ".", c.getComponentClassName(), values, listener);
            return;
        }
        if (p.getValueGeneratorCreator() != null) {
            values.add(generated(path, member));
        } else if (p.getValue().getSelectables().stream().anyMatch(s -> s instanceof Formula)) {
            values.add(new AutomaticValue(path, "a SQL formula (@Formula), read only", "every read", Provenance.verified));
        }
        if (member == null) return;
        for (String[] audit : new String[][] {{"CreatedDate", "insert"}, {"CreatedBy", "insert"},
                {"LastModifiedDate", "insert and every update"}, {"LastModifiedBy", "insert and every update"}}) {
            if (!member.has(SPRING_DATA + audit[0])) continue;
            values.add(new AutomaticValue(path, "Spring Data auditing (@" + audit[0] + ")", audit[1], Provenance.annotation));
            if (!listener) {
                findings.add(new Finding("CP-AUDITING-NO-LISTENER", Finding.Severity.warning, ownerClass, p.getName(),
                        "@" + audit[0] + " is set only by AuditingEntityListener, which this entity does not register: the field stays null."
                                + " Add @EntityListeners(AuditingEntityListener.class) to the entity or its mapped superclass, or declare it as a default listener in orm.xml."));
            } else if (!auditingEnabled) {
                findings.add(new Finding("CP-AUDITING-NOT-ENABLED", Finding.Severity.warning, ownerClass, p.getName(),
                        "@" + audit[0] + " needs Spring Data auditing, but no class of this module has @EnableJpaAuditing: the field stays null"
                                + " unless another module enables it."));
            }
        }
    }

    private static AutomaticValue generated(String path, MemberFacts member) {
        if (member != null) {
            if (member.has(HIBERNATE + "CreationTimestamp")) {
                return new AutomaticValue(path, "Hibernate (@CreationTimestamp)", "insert", Provenance.verified);
            }
            if (member.has(HIBERNATE + "UpdateTimestamp")) {
                return new AutomaticValue(path, "Hibernate (@UpdateTimestamp)", "insert and every update", Provenance.verified);
            }
            if (member.has(HIBERNATE + "CurrentTimestamp")) {
                return new AutomaticValue(path, "Hibernate (@CurrentTimestamp)", events(member.param(HIBERNATE + "CurrentTimestamp", "event"),
                        "insert and every update"), Provenance.verified);
            }
            if (member.has(HIBERNATE + "Generated")) {
                return new AutomaticValue(path, "the database (@Generated; Hibernate reads it back)", events(member.param(HIBERNATE + "Generated", "event"),
                        "insert"), Provenance.verified);
            }
        }
        return new AutomaticValue(path, "a Hibernate value generator", "see the mapping", Provenance.verified);
    }

    private static String events(String declared, String otherwise) {
        if (declared == null || declared.isEmpty()) return otherwise;
        String d = declared.toUpperCase(java.util.Locale.ROOT);
        return d.contains("INSERT") && d.contains("UPDATE") ? "insert and every update" : d.contains("UPDATE") ? "every update" : "insert";
    }
}
