package dev.contextpack.lifecycle;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.model.Aggregate;
import dev.contextpack.model.AutomaticValue;
import dev.contextpack.model.Behaviour;
import dev.contextpack.model.Constraint;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.DeleteImpact;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.LifecycleCallback;
import dev.contextpack.resolve.Overrides;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lifecycle fixture's pack against {@link LifecycleExpectations}, which {@link LifecycleRuntimeTest}
 * proves against what Hibernate really does on H2.
 */
class LifecyclePackTest {

    private static ContextPack pack;
    private static ContextPack packWithoutAuditing;

    private static ContextPack build(boolean auditing) {
        GenerateRequest request = new GenerateRequest(LifecycleFixture.classesDirectory(auditing), LifecycleFixture.classpath(auditing), null,
                null, List.of(), new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()), "lifecycle", "mvn process-classes");
        return new ContextPackEngine(EngineLog.SILENT).build(request);
    }

    @BeforeAll
    static void generate() {
        pack = build(true);
        packWithoutAuditing = build(false);
    }

    private static Entity entity(String name) {
        return pack.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static Map<String, List<String>> callbacksByEvent(Entity e) {
        Map<String, List<String>> byEvent = new TreeMap<>();
        for (LifecycleCallback c : e.callbacks()) {
            if (c.event() == null) continue;
            byEvent.computeIfAbsent(c.event(), k -> new java.util.ArrayList<>())
                    .add(c.declaredIn().substring(c.declaredIn().lastIndexOf('.') + 1) + "." + c.method().replace("()", ""));
        }
        return byEvent;
    }

    @Test
    void everyEntityIsVerified() {
        assertTrue(pack.findings().stream().noneMatch(f -> f.code().startsWith("CP-BOOT") || f.code().startsWith("CP-EXTRACT")),
                pack.findings()::toString);
        assertEquals(LifecycleExpectations.ENTITIES.keySet(), pack.entities().stream().map(Entity::name).collect(Collectors.toSet()));
    }

    @Test
    void callbacksComeInTheOrderJpaCallsThem() {
        assertEquals(new TreeMap<>(LifecycleExpectations.TICKET_CALLBACKS), callbacksByEvent(entity("Ticket")));
        assertEquals(new TreeMap<>(LifecycleExpectations.INTERNAL_NOTE_CALLBACKS), callbacksByEvent(entity("InternalNote")),
                "@ExcludeSuperclassListeners drops TrackingListener, keeps Tracked's methods");
        assertEquals(new TreeMap<>(LifecycleExpectations.IMPORT_BATCH_CALLBACKS), callbacksByEvent(entity("ImportBatch")),
                "@ExcludeDefaultListeners drops the default listener");
        // the pack states what Hibernate runs, proven by LifecycleRuntimeTest, and warns that it is not the spec's
        assertEquals(new TreeMap<>(LifecycleExpectations.SYSTEM_EVENT_CALLBACKS_HIBERNATE), callbacksByEvent(entity("SystemEvent")));
        assertTrue(pack.findings().stream().anyMatch(f -> f.code().equals("CP-HIBERNATE-EXCLUDE-DEFAULT-LISTENERS")
                && f.className().endsWith(".SystemEvent")), pack.findings()::toString);
    }

    @Test
    void valuesTheFrameworkSetsAreNamed() {
        Map<String, String> attachment = entity("Attachment").automaticValues().stream()
                .collect(Collectors.toMap(AutomaticValue::attribute, v -> v.setBy() + " / " + v.when()));
        assertEquals(LifecycleExpectations.AUTOMATIC_VALUES.get("Attachment").keySet(), attachment.keySet(), attachment::toString);
        assertTrue(attachment.get("uploadedAt").contains("@CurrentTimestamp") && attachment.get("uploadedAt").endsWith("/ insert"));
        assertTrue(attachment.get("lastTouchedAt").endsWith("insert and every update"));
        assertTrue(attachment.get("scanStatus").contains("@Generated"));
        assertTrue(attachment.get("sizeKb").contains("@Formula"));
        Set<String> ticket = entity("Ticket").automaticValues().stream().map(AutomaticValue::attribute).collect(Collectors.toSet());
        assertTrue(ticket.containsAll(Set.of("id", "createdAt", "updatedAt", "version")), ticket::toString);
        assertFalse(ticket.contains("status"), "a callback's assignment is application code, not an automatic value");
        LifecycleCallback prePersist = entity("Ticket").callbacks().stream()
                .filter(c -> "PrePersist".equals(c.event()) && c.declaredIn().endsWith(".Ticket")).findFirst().orElseThrow();
        assertTrue(prePersist.sets().contains("status"), "read from the method body: " + prePersist);
        assertTrue(entity("Ticket").rules().stream().noneMatch(r -> r.topic().equals("required") && r.text().contains("`status`")),
                "a field the @PrePersist callback sets is not listed as required");
        assertTrue(entity("Ticket").rules().stream().noneMatch(r -> r.text().startsWith("NOT NULL") && r.text().contains("`createdAt`")),
                "values the framework sets are not listed as required");
    }

    @Test
    void springDataAuditingIsCheckedForItsListenerAndEnableJpaAuditing() {
        Set<String> audited = entity("KnowledgeArticle").automaticValues().stream().filter(v -> v.setBy().startsWith("Spring Data auditing"))
                .map(AutomaticValue::attribute).collect(Collectors.toSet());
        assertEquals(Set.of("createdDate", "lastModifiedDate", "createdBy", "lastModifiedBy"), audited);
        // the listener lives in spring-data-jpa, outside the module: its methods are read from the class path
        assertEquals(List.of("AuditingEntityListener.touchForCreate"), callbacksByEvent(entity("KnowledgeArticle")).get("PrePersist").stream()
                .filter(c -> c.startsWith("Auditing")).toList());
        assertTrue(pack.findings().stream().noneMatch(f -> f.code().startsWith("CP-AUDITING")), pack.findings()::toString);
        List<Finding> off = packWithoutAuditing.findings().stream().filter(f -> f.code().equals("CP-AUDITING-NOT-ENABLED")).toList();
        assertEquals(4, off.size(), "without @EnableJpaAuditing each audited field gets a finding");
    }

    @Test
    void constraintsAreStatedWithTheirNames() {
        List<Constraint> constraints = entity("Ticket").constraints();
        LifecycleExpectations.NAMED_UNIQUE_CONSTRAINTS.getOrDefault("Ticket", Map.of()).forEach((name, columns) ->
                assertTrue(constraints.stream().anyMatch(c -> c.kind().equals("UNIQUE") && name.equalsIgnoreCase(c.name())
                        && c.columns().stream().map(String::toLowerCase).toList().equals(columns)), name + " " + constraints));
        LifecycleExpectations.INDEXES.getOrDefault("Ticket", Map.of()).forEach((name, columns) ->
                assertTrue(constraints.stream().anyMatch(c -> c.kind().equals("INDEX") && name.equalsIgnoreCase(c.name())), name));
        assertTrue(constraints.stream().anyMatch(c -> c.kind().equals("CHECK")), "the @Check");
        assertTrue(constraints.stream().anyMatch(c -> c.kind().equals("NATURAL_ID") && c.attributes().contains("code")));
        assertTrue(constraints.stream().anyMatch(c -> c.kind().equals("BEAN_VALIDATION")
                && c.groups().contains(LifecycleExpectations.VALIDATION_GROUP)), "a constraint of the ImportChecks group");
        assertTrue(constraints.stream().anyMatch(c -> c.kind().equals("BEAN_VALIDATION") && c.detail().endsWith("on the getter")),
                "constraints on getters are read too");
    }

    @Test
    void behaviourSwitchesAreStated() {
        Map<String, Set<String>> expected = Map.of(
                "Comment", Set.of("@SoftDelete"),
                "Watcher", Set.of("@SoftDelete"),
                "Customer", Set.of("@SQLDelete", "@SQLRestriction", "@DynamicInsert", "@Cache", "@BatchSize"),
                "StatusChange", Set.of("@Immutable"),
                "Ticket", Set.of("@DynamicUpdate", "@Filter", "@SQLRestriction", "@BatchSize", "@JsonManagedReference", "@JsonIgnore"),
                "Attachment", Set.of("@NotFound"),
                "Project", Set.of("@Fetch(SUBSELECT)", "@JsonIdentityInfo"));
        expected.forEach((entity, switches) -> {
            Set<String> actual = entity(entity).behaviours().stream().map(Behaviour::name).collect(Collectors.toSet());
            assertTrue(actual.containsAll(switches), entity + ": " + actual);
        });
        assertTrue(entity("Comment").deleteImpact().softDelete().contains("deleted"), "remove() is an UPDATE of the deleted column");
        assertTrue(entity("Customer").deleteImpact().softDelete().startsWith("@SQLDelete"));
    }

    @Test
    void aggregatesFollowTheCascades() {
        Aggregate project = pack.aggregates().stream().filter(a -> a.root().equals("Project")).findFirst().orElseThrow();
        assertTrue(project.savedWithRoot().containsAll(LifecycleExpectations.AGGREGATES.get("Project")), project::toString);
        LifecycleExpectations.AGGREGATE_ROOT_OF.forEach((member, root) -> assertEquals(root, entity(member).aggregateRoot(), member));
    }

    @Test
    void deleteImpactNamesWhatIsRemovedAndWhatBlocks() {
        DeleteImpact project = entity("Project").deleteImpact();
        String removed = String.join("\n", project.alsoDeleted());
        assertTrue(removed.contains("Project.milestones -> Milestone") && removed.contains("Milestone.tasks -> Task")
                && removed.contains("-> Tag"), removed);
        DeleteImpact task = entity("Task").deleteImpact();
        assertTrue(task.blocking().stream().anyMatch(r -> r.key().table().equalsIgnoreCase("time_entry")), task.references()::toString);
        DeleteImpact ticket = entity("Ticket").deleteImpact();
        assertTrue(ticket.blocking().stream().anyMatch(r -> r.key().table().equalsIgnoreCase("watcher")), "watchers block");
        assertTrue(ticket.references().stream().anyMatch(r -> r.key().table().equalsIgnoreCase("ticket_comment")
                && r.handledBy() != null && r.handledBy().contains("ON DELETE CASCADE")), ticket.references()::toString);
        assertTrue(entity("Task").rules().stream().anyMatch(r -> r.topic().equals("delete") && r.text().contains("time_entry")));
    }

    @Test
    void knownTrapsAreFindings() {
        assertNotNull(pack.findings().stream().filter(f -> f.code().equals("CP-TRAP-REMOVE-MANY-TO-MANY") && "tags".equals(f.member()))
                .findFirst().orElse(null), pack.findings()::toString);
        assertNotNull(pack.findings().stream().filter(f -> f.code().equals("CP-TRAP-EAGER-COLLECTION") && "tasks".equals(f.member()))
                .findFirst().orElse(null), pack.findings()::toString);
    }
}
