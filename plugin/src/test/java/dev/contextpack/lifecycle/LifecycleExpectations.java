package dev.contextpack.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a correct pack of the lifecycle fixture must state, entity by entity, in plain Strings, Lists
 * and Maps so the engine's output can be asserted against it. Every fact here that Hibernate shows
 * at run time is checked by {@link LifecycleRuntimeTest} (Hibernate ORM 7.4.13, H2); where Hibernate
 * differs from the Jakarta Persistence 3.2 specification both are stated.
 *
 * <p>Callback entries are "DeclaringClass.method" (simple names), in the order they run for one event.
 * Event names are the JPA annotation names. Entity, attribute, table and column names are as mapped.
 */
public final class LifecycleExpectations {

    private LifecycleExpectations() {
    }

    // ---------------------------------------------------------------------------------------------
    // Entities
    // ---------------------------------------------------------------------------------------------

    /** Entity name -> class name, every entity of the fixture. */
    public static final Map<String, String> ENTITIES = ordered(
            "Attachment", LifecycleFixture.PACKAGE + ".Attachment",
            "Comment", LifecycleFixture.PACKAGE + ".Comment",
            "Customer", LifecycleFixture.PACKAGE + ".Customer",
            "ImportBatch", LifecycleFixture.PACKAGE + ".ImportBatch",
            "InternalNote", LifecycleFixture.PACKAGE + ".InternalNote",
            "KnowledgeArticle", LifecycleFixture.PACKAGE + ".KnowledgeArticle",
            "Milestone", LifecycleFixture.PACKAGE + ".Milestone",
            "Project", LifecycleFixture.PACKAGE + ".Project",
            "StatusChange", LifecycleFixture.PACKAGE + ".StatusChange",
            "SystemEvent", LifecycleFixture.PACKAGE + ".SystemEvent",
            "Tag", LifecycleFixture.PACKAGE + ".Tag",
            "Task", LifecycleFixture.PACKAGE + ".Task",
            "Ticket", LifecycleFixture.PACKAGE + ".Ticket",
            "TimeEntry", LifecycleFixture.PACKAGE + ".TimeEntry",
            "Watcher", LifecycleFixture.PACKAGE + ".Watcher");

    /** Entity name -> table. */
    public static final Map<String, String> TABLES = ordered(
            "Attachment", "attachment",
            "Comment", "ticket_comment",
            "Customer", "customer",
            "ImportBatch", "import_batch",
            "InternalNote", "internal_note",
            "KnowledgeArticle", "kb_article",
            "Milestone", "milestone",
            "Project", "project",
            "StatusChange", "status_change",
            "SystemEvent", "system_event",
            "Tag", "tag",
            "Task", "task",
            "Ticket", "ticket",
            "TimeEntry", "time_entry",
            "Watcher", "watcher");

    /** Entities whose attributes include those of the mapped superclass Tracked (createdAt, updatedAt). */
    public static final List<String> TRACKED_SUBCLASSES = List.of("InternalNote", "SystemEvent", "Ticket");

    // ---------------------------------------------------------------------------------------------
    // Lifecycle callbacks
    // ---------------------------------------------------------------------------------------------

    /** The default entity listener, declared only in META-INF/orm.xml (persistence-unit-defaults). */
    public static final String DEFAULT_LISTENER = LifecycleFixture.PACKAGE + ".DefaultListener";

    /**
     * DefaultListener's callbacks: pre-persist is named in orm.xml (the method has no annotation),
     * post-load is only annotated (@PostLoad) on the class. Hibernate honours both: the XML element
     * and the annotation are merged, the annotation is not overridden.
     */
    public static final Map<String, List<String>> DEFAULT_LISTENER_CALLBACKS = ordered(
            "PrePersist", List.of("DefaultListener.beforeAnyInsert"),
            "PostLoad", List.of("DefaultListener.afterAnyLoad"));

    /**
     * Ticket: default listener, then the listener of the superclass Tracked (TrackingListener), then
     * Ticket's own listener (AuditListener), then Tracked's methods, then Ticket's methods. This is
     * JPA 3.2 section 3.5.5 and Hibernate does exactly this.
     */
    public static final Map<String, List<String>> TICKET_CALLBACKS = ordered(
            "PrePersist", List.of("DefaultListener.beforeAnyInsert", "TrackingListener.prePersist",
                    "AuditListener.prePersist", "Tracked.beforeCreate", "Ticket.prePersist"),
            "PostPersist", List.of("TrackingListener.postPersist", "AuditListener.postPersist", "Ticket.postPersist"),
            "PreUpdate", List.of("Tracked.beforeUpdate", "Ticket.preUpdate"),
            "PostUpdate", List.of("AuditListener.postUpdate", "Ticket.postUpdate"),
            "PreRemove", List.of("AuditListener.preRemove", "Ticket.preRemove"),
            "PostRemove", List.of("AuditListener.postRemove", "Ticket.postRemove"),
            "PostLoad", List.of("DefaultListener.afterAnyLoad", "TrackingListener.postLoad", "Ticket.postLoad"));

    /**
     * InternalNote has @ExcludeSuperclassListeners: TrackingListener (declared on Tracked) is gone,
     * Tracked's own callback methods and the default listener stay (spec and Hibernate agree).
     */
    public static final Map<String, List<String>> INTERNAL_NOTE_CALLBACKS = ordered(
            "PrePersist", List.of("DefaultListener.beforeAnyInsert", "Tracked.beforeCreate", "InternalNote.prePersist"),
            "PreUpdate", List.of("Tracked.beforeUpdate"),
            "PostLoad", List.of("DefaultListener.afterAnyLoad"));

    /** SystemEvent has @ExcludeDefaultListeners: what JPA specifies (no DefaultListener). */
    public static final Map<String, List<String>> SYSTEM_EVENT_CALLBACKS_SPEC = ordered(
            "PrePersist", List.of("TrackingListener.prePersist", "Tracked.beforeCreate", "SystemEvent.prePersist"),
            "PostPersist", List.of("TrackingListener.postPersist"),
            "PreUpdate", List.of("Tracked.beforeUpdate"),
            "PostLoad", List.of("TrackingListener.postLoad"));

    /**
     * SystemEvent as Hibernate 7.4.13 really runs it: the default listener is NOT excluded, because
     * CallbackDefinitionResolver re-reads @ExcludeDefaultListeners on every class of the hierarchy
     * while walking up and so takes the value of the top class (Tracked, without it). An entity with
     * no mapped superclass/entity superclass is fine (ImportBatch). A correct pack states the spec
     * behaviour and may warn that Hibernate ignores the exclusion here.
     */
    public static final Map<String, List<String>> SYSTEM_EVENT_CALLBACKS_HIBERNATE = ordered(
            "PrePersist", List.of("DefaultListener.beforeAnyInsert", "TrackingListener.prePersist",
                    "Tracked.beforeCreate", "SystemEvent.prePersist"),
            "PostPersist", List.of("TrackingListener.postPersist"),
            "PreUpdate", List.of("Tracked.beforeUpdate"),
            "PostLoad", List.of("DefaultListener.afterAnyLoad", "TrackingListener.postLoad"));

    /** ImportBatch: @ExcludeDefaultListeners, no superclass; Hibernate honours it. */
    public static final Map<String, List<String>> IMPORT_BATCH_CALLBACKS = ordered(
            "PrePersist", List.of("ImportBatch.prePersist"));

    /** Entities with no callback of their own: only the default listener applies. */
    public static final Map<String, List<String>> DEFAULT_ONLY_CALLBACKS = DEFAULT_LISTENER_CALLBACKS;

    /**
     * KnowledgeArticle: Spring Data's AuditingEntityListener (touchForCreate on PrePersist,
     * touchForUpdate on PreUpdate) after the default listener.
     */
    public static final Map<String, List<String>> KNOWLEDGE_ARTICLE_CALLBACKS = ordered(
            "PrePersist", List.of("DefaultListener.beforeAnyInsert", "AuditingEntityListener.touchForCreate"),
            "PreUpdate", List.of("AuditingEntityListener.touchForUpdate"),
            "PostLoad", List.of("DefaultListener.afterAnyLoad"));

    /** Entity -> event -> callbacks in call order (spec order; SystemEvent: see SYSTEM_EVENT_CALLBACKS_HIBERNATE). */
    public static final Map<String, Map<String, List<String>>> CALLBACKS = ordered(
            "Attachment", DEFAULT_ONLY_CALLBACKS,
            "Comment", DEFAULT_ONLY_CALLBACKS,
            "Customer", DEFAULT_ONLY_CALLBACKS,
            "ImportBatch", IMPORT_BATCH_CALLBACKS,
            "InternalNote", INTERNAL_NOTE_CALLBACKS,
            "KnowledgeArticle", KNOWLEDGE_ARTICLE_CALLBACKS,
            "Milestone", DEFAULT_ONLY_CALLBACKS,
            "Project", DEFAULT_ONLY_CALLBACKS,
            "StatusChange", DEFAULT_ONLY_CALLBACKS,
            "SystemEvent", SYSTEM_EVENT_CALLBACKS_SPEC,
            "Tag", DEFAULT_ONLY_CALLBACKS,
            "Task", DEFAULT_ONLY_CALLBACKS,
            "Ticket", TICKET_CALLBACKS,
            "TimeEntry", DEFAULT_ONLY_CALLBACKS,
            "Watcher", DEFAULT_ONLY_CALLBACKS);

    /** When the Post* callbacks really run (id generation decides when the INSERT happens). */
    public static final Map<String, String> CALLBACK_TIMING = ordered(
            "PrePersist", "inside persist(), before any SQL; @CreationTimestamp/@UpdateTimestamp fields are still null here",
            "PostPersist.SEQUENCE", "at flush/commit, after the INSERT (Ticket: ticket_seq; persist() only selects the next sequence value)",
            "PostPersist.IDENTITY", "inside persist(), right after the immediate INSERT (SystemEvent, Attachment, ...)",
            "PreRemove", "inside remove()",
            "PostRemove", "at flush/commit, after the DELETE",
            "PreUpdate/PostUpdate", "at flush/commit, only when the entity is dirty",
            "PostLoad", "after the entity is loaded (find, query, lazy initialisation), for every loaded entity");

    // ---------------------------------------------------------------------------------------------
    // Values the framework sets
    // ---------------------------------------------------------------------------------------------

    /**
     * Entity -> attribute -> how it gets its value. The value starts with a keyword:
     * SEQUENCE, IDENTITY, CreationTimestamp, UpdateTimestamp, CurrentTimestamp, Generated, Formula, Version,
     * ColumnDefault, SpringAuditing, Callback.
     */
    public static final Map<String, Map<String, String>> AUTOMATIC_VALUES = ordered(
            "Ticket", ordered(
                    "id", "SEQUENCE ticket_seq, allocationSize 10 (value taken at persist, INSERT at flush)",
                    "createdAt", "CreationTimestamp: JVM clock at the INSERT (inherited from Tracked); column not null, not updatable",
                    "updatedAt", "UpdateTimestamp: JVM clock at the INSERT and at every UPDATE (inherited from Tracked); column made not null",
                    "version", "Version: 0 at insert, +1 per update, checked in UPDATE/DELETE where clause",
                    "status", "Callback: Ticket.prePersist sets OPEN when null (application code, not the framework)"),
            "InternalNote", ordered(
                    "id", "IDENTITY",
                    "createdAt", "CreationTimestamp (inherited from Tracked)",
                    "updatedAt", "UpdateTimestamp (inherited from Tracked)"),
            "SystemEvent", ordered(
                    "id", "IDENTITY",
                    "createdAt", "CreationTimestamp (inherited from Tracked)",
                    "updatedAt", "UpdateTimestamp (inherited from Tracked)"),
            "Attachment", ordered(
                    "id", "IDENTITY (INSERT at persist)",
                    "uploadedAt", "CurrentTimestamp: database clock (localtimestamp in the INSERT), INSERT only; read back at once",
                    "lastTouchedAt", "CurrentTimestamp: database clock at INSERT and every UPDATE; read back at once",
                    "scanStatus", "Generated: INSERT only, value from the column default 'PENDING' (@ColumnDefault), read back right after the INSERT; written like any column on UPDATE",
                    "sizeKb", "Formula: size_bytes / 1024, read-only, computed by every SELECT (null after persist until reloaded)",
                    "revision", "Version: 0 at insert, +1 per update"),
            "Customer", ordered(
                    "id", "IDENTITY",
                    "tier", "ColumnDefault: 'STANDARD' from the database because @DynamicInsert leaves the null column out of the INSERT; the object keeps null until reloaded (not @Generated)",
                    "disabled", "ColumnDefault: false in the DDL, but the primitive boolean is always inserted; set true by the @SQLDelete statement"),
            "Comment", ordered(
                    "id", "IDENTITY",
                    "postedAt", "CreationTimestamp"),
            "Watcher", ordered(
                    "id", "IDENTITY"),
            "StatusChange", ordered(
                    "id", "IDENTITY",
                    "changedAt", "CreationTimestamp"),
            "KnowledgeArticle", ordered(
                    "id", "SEQUENCE kb_article_SEQ (default generator, allocationSize 50)",
                    "createdDate", "SpringAuditing: @CreatedDate, set by AuditingEntityListener only if @EnableJpaAuditing is on (AuditingConfig, config sub-package) and Spring wires the listener; null on plain Hibernate",
                    "lastModifiedDate", "SpringAuditing: @LastModifiedDate, same condition",
                    "createdBy", "SpringAuditing: @CreatedBy, same condition plus the AuditorAware bean 'currentAgent'",
                    "lastModifiedBy", "SpringAuditing: @LastModifiedBy, same condition plus the AuditorAware bean 'currentAgent'"),
            "ImportBatch", ordered("id", "IDENTITY"),
            "Project", ordered("id", "SEQUENCE project_SEQ (default generator, allocationSize 50)"),
            "Milestone", ordered("id", "SEQUENCE milestone_SEQ (default generator, allocationSize 50)"),
            "Task", ordered("id", "SEQUENCE task_SEQ (default generator, allocationSize 50)"),
            "TimeEntry", ordered("id", "IDENTITY"),
            "Tag", ordered("id", "IDENTITY"));

    /** Entities whose Spring auditing fields are set only with @EnableJpaAuditing in the module. */
    public static final List<String> NEEDS_JPA_AUDITING = List.of("KnowledgeArticle");

    /** The class carrying @EnableJpaAuditing (present only in LifecycleFixture.classesDirectory(true)). */
    public static final String AUDITING_CONFIG_CLASS = LifecycleFixture.CONFIG_PACKAGE + ".AuditingConfig";

    // ---------------------------------------------------------------------------------------------
    // Constraints
    // ---------------------------------------------------------------------------------------------

    /** Table -> named unique constraint -> columns. */
    public static final Map<String, Map<String, List<String>>> NAMED_UNIQUE_CONSTRAINTS = ordered(
            "ticket", ordered("uk_ticket_project_title", List.of("project_key", "title")),
            "watcher", ordered("uk_watcher_ticket_email", List.of("ticket_id", "email")),
            "project", ordered("uk_project_key", List.of("project_key")));

    /** Table -> columns that are unique on their own without a chosen name (natural ids, unique = true). */
    public static final Map<String, List<String>> UNNAMED_UNIQUE_COLUMNS = ordered(
            "ticket", List.of("code"),       // @NaturalId
            "customer", List.of("email"),    // @NaturalId(mutable = true)
            "tag", List.of("name"));         // @Column(unique = true)

    /** Table -> index name -> columns. */
    public static final Map<String, Map<String, List<String>>> INDEXES = ordered(
            "ticket", ordered("idx_ticket_status_priority", List.of("status", "priority")));

    /** Table -> check constraint name -> condition. */
    public static final Map<String, Map<String, String>> CHECKS = ordered(
            "ticket", ordered("ck_ticket_priority", "priority between 1 and 5"));

    /** Entity -> natural id attribute -> mutable? */
    public static final Map<String, Map<String, Boolean>> NATURAL_IDS = ordered(
            "Ticket", ordered("code", false),
            "Customer", ordered("email", true));

    /** Table -> column -> length (from @Column). */
    public static final Map<String, Map<String, Integer>> COLUMN_LENGTHS = ordered(
            "ticket", ordered("code", 20, "project_key", 10, "title", 120, "status", 16, "reporter_email", 254, "internal_notes", 2000),
            "customer", ordered("email", 254, "display_name", 80, "tier", 16, "password_hash", 100),
            "ticket_comment", ordered("body", 4000),
            "tag", ordered("name", 40));

    /** Table -> column -> [precision, scale]. */
    public static final Map<String, Map<String, List<Integer>>> COLUMN_PRECISION = ordered(
            "ticket", ordered("estimate_hours", List.of(6, 2)),
            "time_entry", ordered("hours", List.of(5, 2)));

    /**
     * Table -> NOT NULL columns that only the framework makes so (no nullable = false in the code):
     * Hibernate adds "not null" to @CreationTimestamp, @UpdateTimestamp, @CurrentTimestamp, @Version
     * and @SoftDelete columns.
     */
    public static final Map<String, List<String>> IMPLICIT_NOT_NULL = ordered(
            "ticket", List.of("updated_at", "version"),
            "attachment", List.of("uploaded_at", "last_touched_at", "revision"),
            "ticket_comment", List.of("posted_at", "deleted"),
            "watcher", List.of("active"));

    /**
     * Entity -> member -> Bean Validation constraints (member "getX()" = declared on the getter).
     * jakarta.validation-api alone (no provider such as Hibernate Validator) means Hibernate neither
     * validates them nor derives DDL from them: a pack must not claim they are enforced or in the schema.
     */
    public static final Map<String, Map<String, List<String>>> BEAN_VALIDATION = ordered(
            "Ticket", ordered(
                    "code", List.of("@NotNull", "@Pattern(regexp = \"[A-Z]{2,10}-[0-9]+\", groups = ImportChecks)"),
                    "title", List.of("@NotNull", "@Size(max = 120)"),
                    "priority", List.of("@Min(1)", "@Max(5)"),
                    "reporterEmail", List.of("@Email"),
                    "getProjectKey()", List.of("@NotNull", "@Size(min = 2, max = 10)")),
            "Customer", ordered(
                    "email", List.of("@NotNull", "@Email"),
                    "getDisplayName()", List.of("@NotNull", "@Size(max = 80)")),
            "Comment", ordered(
                    "body", List.of("@NotNull", "@Size(max = 4000)")),
            "Watcher", ordered(
                    "email", List.of("@NotNull", "@Email")));

    /** The only Bean Validation constraint limited to a group. */
    public static final String VALIDATION_GROUP = LifecycleFixture.PACKAGE + ".ImportChecks";

    // ---------------------------------------------------------------------------------------------
    // Hibernate behaviour switches
    // ---------------------------------------------------------------------------------------------

    /** Entity -> switch -> effect. */
    public static final Map<String, Map<String, String>> BEHAVIOURS = ordered(
            "Ticket", ordered(
                    "@DynamicUpdate", "UPDATE sets only the changed columns (e.g. update ticket set title=?,updated_at=?,version=? where id=? and version=?)",
                    "@Filter ticketStatus", "off by default; when enabled with parameter status, queries add status = :status (FilterDef defaultCondition)",
                    "@SQLRestriction on comments", "the collection Ticket.comments never contains internal comments (internal = false); queries on Comment are not restricted",
                    "@BatchSize(16) on comments", "comments of up to 16 tickets are initialised in one SELECT",
                    "@NaturalId code", "immutable: changing code makes the flush fail (HibernateException: An immutable natural identifier ... was altered)"),
            "Comment", ordered(
                    "@SoftDelete", "strategy DELETED: column deleted (boolean, not null, comment 'Soft-delete indicator'); remove() runs update ticket_comment set deleted=true where id=? and deleted=false; every query, find() and collection adds deleted=false",
                    "@OnDelete(CASCADE) on ticket", "the foreign key ticket_comment.ticket_id is ON DELETE CASCADE: the database deletes a ticket's comments (soft-deleted ones too)"),
            "Watcher", ordered(
                    "@SoftDelete(strategy = ACTIVE)", "column active (true while live); remove() runs update watcher set active=false where id=? and active=true; reads add active=true"),
            "Customer", ordered(
                    "@SQLDelete", "remove() runs the custom SQL: update customer set disabled = true where id = ?",
                    "@SQLRestriction", "every query and find() adds (disabled = false): a removed customer disappears but its row stays",
                    "@DynamicInsert", "INSERT lists only non-null columns, so column defaults apply (tier = 'STANDARD')",
                    "@Cache(READ_WRITE)", "second-level cache region; inert while hibernate.cache.use_second_level_cache is false or no provider is present; use_second_level_cache=true without a provider fails the boot",
                    "@BatchSize(25)", "up to 25 customers are loaded by id in one SELECT",
                    "@NaturalId(mutable = true) email", "may change"),
            "StatusChange", ordered(
                    "@Immutable", "changes to a loaded instance are silently not written (no UPDATE, no error); an HQL/JPQL update of it fails (HibernateException: The query attempts to update an immutable entity); remove() still deletes the row"),
            "Attachment", ordered(
                    "@NotFound(IGNORE) on ticket", "no foreign key is created for attachment.ticket_id; the association is always fetched eagerly (left join) and a dangling ticket_id reads as null"),
            "Milestone", ordered(
                    "EAGER tasks", "loading a Milestone always loads its tasks (extra SELECT)"),
            "Project", ordered(
                    "@Fetch(SUBSELECT) milestones", "touching one project's milestones initialises the milestones of every project loaded by the same query, with one subselect",
                    "CascadeType.REMOVE on ManyToMany tags", "removing a project deletes its tags, even tags other projects still use (the delete then fails on project_tag's foreign key)"),
            "KnowledgeArticle", ordered(
                    "@EntityListeners(AuditingEntityListener)", "Spring Data auditing; needs @EnableJpaAuditing; the listener class needs spring-aspects and the AspectJ runtime on the class path to load at all"),
            "SystemEvent", ordered(
                    "@ExcludeDefaultListeners", "JPA: DefaultListener not called; Hibernate 7.4.13: still called (see SYSTEM_EVENT_CALLBACKS_HIBERNATE)"),
            "InternalNote", ordered(
                    "@ExcludeSuperclassListeners", "TrackingListener (from Tracked) not called; Tracked's own callback methods still are"),
            "ImportBatch", ordered(
                    "@ExcludeDefaultListeners", "DefaultListener not called"));

    /** Jackson annotations the pack should report (serialisation shape of bidirectional pairs). */
    public static final Map<String, Map<String, String>> JACKSON = ordered(
            "Ticket", ordered("comments", "@JsonManagedReference", "internalNotes", "@JsonIgnore"),
            "Comment", ordered("ticket", "@JsonBackReference"),
            "Customer", ordered("passwordHash", "@JsonIgnore"),
            "Project", ordered("<class>", "@JsonIdentityInfo(PropertyGenerator, property = id)"),
            "Milestone", ordered("<class>", "@JsonIdentityInfo(PropertyGenerator, property = id)"),
            "Task", ordered("<class>", "@JsonIdentityInfo(PropertyGenerator, property = id)"));

    // ---------------------------------------------------------------------------------------------
    // Aggregates and delete impact
    // ---------------------------------------------------------------------------------------------

    /** Aggregate root -> members (cascade ALL + orphanRemoval down the chain). */
    public static final Map<String, List<String>> AGGREGATES = ordered(
            "Project", List.of("Milestone", "Task"));

    /** Entity -> aggregate root it belongs to. */
    public static final Map<String, String> AGGREGATE_ROOT_OF = ordered(
            "Milestone", "Project",
            "Task", "Project");

    /** Entities referencing an aggregate member from outside without cascade (they block deletes). */
    public static final Map<String, String> OUTSIDE_REFERENCES = ordered(
            "TimeEntry.task", "Task (foreign key fk_time_entry_task, no ON DELETE action)");

    /** Entity -> what removing one instance does, in the order Hibernate/the database does it. */
    public static final Map<String, List<String>> DELETE_IMPACT = ordered(
            "Project", List.of(
                    "deletes its project_tag rows",
                    "cascades (Hibernate) to Milestone, and from each Milestone to Task",
                    "cascades REMOVE to every linked Tag, shared or not: fails with a foreign-key violation on project_tag when another project uses the tag",
                    "blocked by TimeEntry rows of its tasks: delete from task fails on fk_time_entry_task, the whole transaction rolls back"),
            "Milestone", List.of(
                    "cascades (Hibernate) to Task; orphanRemoval: removing it from Project.milestones deletes it",
                    "blocked by TimeEntry rows of its tasks"),
            "Task", List.of(
                    "orphanRemoval: removing it from Milestone.tasks deletes it",
                    "blocked by TimeEntry rows (fk_time_entry_task)"),
            "Ticket", List.of(
                    "the database deletes its Comment rows (ON DELETE CASCADE), soft-deleted ones included",
                    "blocked by Watcher rows (plain foreign key), soft-deleted watchers included",
                    "Attachment rows keep a dangling ticket_id (no foreign key, @NotFound IGNORE): they then read ticket = null"),
            "Comment", List.of("soft delete: UPDATE ticket_comment SET deleted = true"),
            "Watcher", List.of("soft delete: UPDATE watcher SET active = false"),
            "Customer", List.of("soft delete by @SQLDelete: update customer set disabled = true where id = ?"),
            "StatusChange", List.of("a real DELETE although the entity is @Immutable"),
            "Tag", List.of("blocked by project_tag rows"));

    /** Foreign key (table.column) -> ON DELETE action in the generated DDL. */
    public static final Map<String, String> FOREIGN_KEY_ON_DELETE = ordered(
            "ticket_comment.ticket_id", "CASCADE",
            "watcher.ticket_id", "NO ACTION",
            "milestone.project_id", "NO ACTION",
            "task.milestone_id", "NO ACTION",
            "time_entry.task_id", "NO ACTION",
            "project_tag.project_id", "NO ACTION",
            "project_tag.tag_id", "NO ACTION");

    /** Columns that look like foreign keys but have no constraint. */
    public static final List<String> NO_FOREIGN_KEY = List.of("attachment.ticket_id");

    // ---------------------------------------------------------------------------------------------
    // Where Hibernate 7.4.13 surprised (checked by LifecycleRuntimeTest)
    // ---------------------------------------------------------------------------------------------

    public static final List<String> HIBERNATE_SURPRISES = List.of(
            "@ExcludeDefaultListeners is ignored on an entity that has a mapped superclass or entity superclass (SystemEvent); honoured without one (ImportBatch)",
            "A default listener's orm.xml callback element and the listener class's annotations are merged (both run)",
            "@Immutable: dirty changes are dropped silently; HQL update throws; remove() deletes",
            "@NotFound(IGNORE) removes the foreign key constraint from the DDL and forces an eager left join",
            "@CreationTimestamp/@UpdateTimestamp are still null inside @PrePersist and after persist(); set at the INSERT",
            "@UpdateTimestamp is also set at insert; the generated-value columns are made NOT NULL by Hibernate",
            "@Generated(INSERT) + @ColumnDefault is read back right after the INSERT, but @DynamicInsert + @ColumnDefault alone is not",
            "@Formula attributes stay null after persist until the entity is reloaded",
            "@SQLRestriction/@SoftDelete also apply to find() by id, not only to queries",
            "@Cache without a cache provider: boots silently while use_second_level_cache=false; use_second_level_cache=true fails the boot",
            "Bean Validation annotations without a provider: not enforced and no DDL effect",
            "Spring Data's AuditingEntityListener cannot be loaded without spring-aspects (+ AspectJ runtime): Hibernate's boot fails");

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> ordered(Object... keysAndValues) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
