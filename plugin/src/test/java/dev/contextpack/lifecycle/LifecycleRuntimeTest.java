package dev.contextpack.lifecycle;

import org.hibernate.Hibernate;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.service.spi.ServiceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runtime oracle of the lifecycle fixture: what Hibernate ORM 7.4.13 really does on H2, asserted
 * against {@link LifecycleExpectations} where the expectations state it. Where Hibernate deviates
 * from Jakarta Persistence 3.2, the test asserts what Hibernate does and says so.
 */
class LifecycleRuntimeTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void boot() {
        sessionFactory = LifecycleFixture.sessionFactory();
    }

    @AfterAll
    static void close() {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
    }

    @BeforeEach
    void forget() {
        CallbackLog.clear();
        LifecycleFixture.drainSql();
    }

    // ---------------------------------------------------------------------------------------------
    // Callback order (JPA 3.2 section 3.5.5)
    // ---------------------------------------------------------------------------------------------

    @Test
    void ticketPersistRunsDefaultThenSuperclassListenersThenOwnListenerThenSuperclassThenOwnMethods() {
        Map<String, List<String>> expected = LifecycleExpectations.TICKET_CALLBACKS;
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            Ticket ticket = new Ticket(code(), "OPS", "Printer on fire " + SEQ.incrementAndGet());
            CallbackLog.clear();
            LifecycleFixture.drainSql();
            session.persist(ticket);
            assertEquals(expected.get("PrePersist"), CallbackLog.drain(), "PrePersist, inside persist()");
            // SEQUENCE: persist() at most fetched a block of ids; the INSERT (and so PostPersist) waits for the flush
            assertTrue(LifecycleFixture.drainSql().stream().allMatch(q -> q.equals("select next value for ticket_seq")));
            assertEquals(TicketStatus.OPEN, ticket.getStatus(), "Ticket.prePersist defaulted the status");
            tx.commit();
            assertEquals(expected.get("PostPersist"), CallbackLog.drain(), "PostPersist, at the flush");
            assertTrue(LifecycleFixture.drainSql().get(0).startsWith("insert into ticket "));
        }
    }

    @Test
    void ticketLoadUpdateAndRemoveCallbacks() {
        Map<String, List<String>> expected = LifecycleExpectations.TICKET_CALLBACKS;
        Long id = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Load me " + SEQ.incrementAndGet());
            s.persist(t);
            return t;
        }).getId();

        inTx(s -> {
            CallbackLog.clear();
            Ticket t = s.find(Ticket.class, id);
            assertEquals(expected.get("PostLoad"), CallbackLog.drain(), "PostLoad");
            t.setTitle("Updated " + SEQ.incrementAndGet());
            LifecycleFixture.drainSql();
            s.flush();
            List<String> update = CallbackLog.drain();
            List<String> expectedUpdate = new ArrayList<>(expected.get("PreUpdate"));
            expectedUpdate.addAll(expected.get("PostUpdate"));
            assertEquals(expectedUpdate, update, "PreUpdate then PostUpdate, at the flush");
            // @DynamicUpdate: only the changed column, the @UpdateTimestamp and the version
            assertEquals(List.of("update ticket set title=?,updated_at=?,version=? where id=? and version=?"),
                    LifecycleFixture.drainSql());
            return null;
        });

        inTx(s -> {
            Ticket t = s.find(Ticket.class, id);
            CallbackLog.clear();
            s.remove(t);
            assertEquals(expected.get("PreRemove"), CallbackLog.drain(), "PreRemove, inside remove()");
            s.flush();
            assertEquals(expected.get("PostRemove"), CallbackLog.drain(), "PostRemove, after the DELETE");
            return null;
        });
        // a clean entity is not updated: no PreUpdate without a change
        Long other = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Untouched " + SEQ.incrementAndGet());
            s.persist(t);
            return t;
        }).getId();
        inTx(s -> {
            s.find(Ticket.class, other);
            CallbackLog.clear();
            s.flush();
            assertEquals(List.of(), CallbackLog.drain());
            return null;
        });
    }

    @Test
    void excludeSuperclassListenersDropsTrackingListenerButKeepsTrackedMethodsAndDefaultListener() {
        Map<String, List<String>> expected = LifecycleExpectations.INTERNAL_NOTE_CALLBACKS;
        Long id = inTx(s -> {
            InternalNote note = new InternalNote("OPS-1", "Customer is a VIP");
            CallbackLog.clear();
            s.persist(note); // IDENTITY: the INSERT happens here, there is no PostPersist callback at all
            assertEquals(expected.get("PrePersist"), CallbackLog.drain());
            return note;
        }).getId();
        inTx(s -> {
            CallbackLog.clear();
            s.find(InternalNote.class, id);
            assertEquals(expected.get("PostLoad"), CallbackLog.drain());
            return null;
        });
    }

    @Test
    void excludeDefaultListenersIsIgnoredByHibernateWhenTheEntityHasASuperclass() {
        // JPA 3.2: @ExcludeDefaultListeners on SystemEvent excludes DefaultListener.
        // Hibernate 7.4.13: CallbackDefinitionResolver overwrites the flag with that of Tracked while
        // walking up the hierarchy, so DefaultListener still runs. Asserting what Hibernate does.
        Map<String, List<String>> hibernate = LifecycleExpectations.SYSTEM_EVENT_CALLBACKS_HIBERNATE;
        Long id = inTx(s -> {
            SystemEvent event = new SystemEvent("boot", "{}");
            CallbackLog.clear();
            s.persist(event); // IDENTITY: INSERT and PostPersist inside persist()
            List<String> expected = new ArrayList<>(hibernate.get("PrePersist"));
            expected.addAll(hibernate.get("PostPersist"));
            assertEquals(expected, CallbackLog.drain());
            return event;
        }).getId();
        inTx(s -> {
            CallbackLog.clear();
            s.find(SystemEvent.class, id);
            assertEquals(hibernate.get("PostLoad"), CallbackLog.drain());
            return null;
        });
        assertFalse(LifecycleExpectations.SYSTEM_EVENT_CALLBACKS_SPEC.get("PrePersist").contains("DefaultListener.beforeAnyInsert"));
    }

    @Test
    void excludeDefaultListenersWorksOnAnEntityWithoutSuperclass() {
        inTx(s -> {
            CallbackLog.clear();
            s.persist(new ImportBatch("jira", 12));
            assertEquals(LifecycleExpectations.IMPORT_BATCH_CALLBACKS.get("PrePersist"), CallbackLog.drain());
            return null;
        });
    }

    @Test
    void defaultListenerRunsForEveryOtherEntityAndMergesXmlWithAnnotations() {
        Long id = inTx(s -> {
            Tag tag = new Tag("urgent-" + SEQ.incrementAndGet());
            CallbackLog.clear();
            s.persist(tag);
            // pre-persist named in orm.xml only
            assertEquals(LifecycleExpectations.DEFAULT_LISTENER_CALLBACKS.get("PrePersist"), CallbackLog.drain());
            return tag;
        }).getId();
        inTx(s -> {
            CallbackLog.clear();
            s.find(Tag.class, id);
            // @PostLoad only annotated on the class: Hibernate merges it with the XML callbacks
            assertEquals(LifecycleExpectations.DEFAULT_LISTENER_CALLBACKS.get("PostLoad"), CallbackLog.drain());
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Values the framework sets
    // ---------------------------------------------------------------------------------------------

    @Test
    void creationAndUpdateTimestampsAreSetAtTheInsertAndUpdateWithoutCode() throws InterruptedException {
        Ticket persisted = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Timestamps " + SEQ.incrementAndGet());
            s.persist(t);
            assertNull(t.getCreatedAt(), "not yet set by persist()");
            assertNull(t.getUpdatedAt(), "not yet set by persist()");
            s.flush();
            assertNotNull(t.getCreatedAt(), "set at the INSERT");
            assertNotNull(t.getUpdatedAt(), "@UpdateTimestamp is set at the INSERT too");
            return t;
        });
        Instant created = persisted.getCreatedAt();
        Instant updated = persisted.getUpdatedAt();
        Thread.sleep(5);
        Ticket changed = inTx(s -> {
            Ticket t = s.find(Ticket.class, persisted.getId());
            t.setPriority(5);
            return t;
        });
        assertEquals(created, changed.getCreatedAt());
        assertTrue(changed.getUpdatedAt().isAfter(updated), changed.getUpdatedAt() + " after " + updated);
        assertEquals(1L, changed.getVersion());
    }

    @Test
    void currentTimestampGeneratedFormulaAndVersionOfAttachment() throws InterruptedException {
        Attachment saved = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Attach " + SEQ.incrementAndGet());
            s.persist(t);
            Attachment a = new Attachment(t, "log.txt", 4096);
            LifecycleFixture.drainSql();
            s.persist(a); // IDENTITY: INSERT now (the ticket's INSERT is flushed first)
            List<String> sql = LifecycleFixture.drainSql();
            String insert = sql.stream().filter(q -> q.startsWith("insert into attachment")).findFirst().orElseThrow();
            assertEquals("insert into attachment (file_name,last_touched_at,revision,size_bytes,ticket_id,uploaded_at,id)"
                    + " values (?,localtimestamp,?,?,?,localtimestamp,default)", insert, "database clock, scan_status left out");
            assertNotNull(a.getUploadedAt(), "@CurrentTimestamp read back at once");
            assertNotNull(a.getLastTouchedAt());
            assertEquals("PENDING", a.getScanStatus(), "@Generated(INSERT) read back from the column default");
            assertNull(a.getSizeKb(), "@Formula is only computed by a SELECT");
            assertEquals(0, a.getRevision());
            return a;
        });
        Thread.sleep(5);
        Attachment updated = inTx(s -> {
            Attachment a = s.find(Attachment.class, saved.getId());
            assertEquals(4L, a.getSizeKb());
            a.setFileName("log-2.txt");
            s.flush();
            return a;
        });
        assertEquals(saved.getUploadedAt(), updated.getUploadedAt(), "INSERT-only @CurrentTimestamp");
        assertTrue(updated.getLastTouchedAt().isAfter(saved.getLastTouchedAt()), "INSERT+UPDATE @CurrentTimestamp");
        assertEquals(1, updated.getRevision());
    }

    @Test
    void dynamicInsertLetsTheColumnDefaultApplyButDoesNotReadItBack() {
        Customer customer = inTx(s -> {
            Customer c = new Customer("ann" + SEQ.incrementAndGet() + "@example.com", "Ann");
            LifecycleFixture.drainSql();
            s.persist(c);
            assertEquals(List.of("insert into customer (disabled,display_name,email,id) values (?,?,?,default)"),
                    LifecycleFixture.drainSql(), "null columns left out");
            assertNull(c.getTier(), "the default is not read back (no @Generated)");
            return c;
        });
        inTx(s -> {
            assertEquals("STANDARD", s.find(Customer.class, customer.getId()).getTier());
            return null;
        });
    }

    @Test
    void springAuditingFieldsStayNullOnPlainHibernateAndTheListenerNeedsSpringAspects() {
        if (!LifecycleFixture.springAuditingListenerLoadable()) {
            // plugin/pom.xml has spring-data-jpa but not spring-aspects (optional in spring-data-jpa):
            // the AspectJ-woven listener cannot even be loaded, so Hibernate could not boot KnowledgeArticle.
            Throwable failure = assertThrows(Throwable.class,
                    () -> Class.forName(LifecycleFixture.AUDITING_ENTITY_LISTENER, true, getClass().getClassLoader()));
            assertTrue(String.valueOf(causes(failure)).contains("org/springframework/beans/factory/aspectj/ConfigurableObject")
                            || String.valueOf(causes(failure)).contains("org.aspectj"),
                    () -> "unexpected: " + causes(failure));
            assertFalse(LifecycleFixture.bootableEntities().contains(KnowledgeArticle.class));
            return;
        }
        Long id = inTx(s -> {
            KnowledgeArticle article = new KnowledgeArticle("How to reset a password");
            s.persist(article);
            return article;
        }).getId();
        inTx(s -> {
            KnowledgeArticle loaded = s.find(KnowledgeArticle.class, id);
            // AuditingEntityListener ran, but without Spring's AuditingHandler it does nothing
            assertNull(loaded.getCreatedDate());
            assertNull(loaded.getLastModifiedDate());
            assertNull(loaded.getCreatedBy());
            assertNull(loaded.getLastModifiedBy());
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Constraints
    // ---------------------------------------------------------------------------------------------

    @Test
    void namedConstraintsAndIndexAreInTheSchemaAndEnforced() {
        String ddl = LifecycleFixture.createDdl().toLowerCase(Locale.ROOT);
        assertTrue(ddl.contains("constraint uk_ticket_project_title unique (project_key, title)"), ddl);
        assertTrue(ddl.contains("unique (code)"), "natural id: unnamed unique constraint");
        assertTrue(ddl.contains("constraint ck_ticket_priority check (priority between 1 and 5)"), ddl);
        assertTrue(ddl.contains("create index idx_ticket_status_priority on ticket (status, priority)"), ddl);
        assertTrue(ddl.contains("constraint uk_watcher_ticket_email unique (ticket_id, email)"), ddl);
        assertTrue(ddl.contains("constraint uk_project_key unique (project_key)"), ddl);
        assertTrue(ddl.contains("name varchar(40) not null unique"), "Tag.name unique = true");
        assertTrue(ddl.contains("estimate_hours numeric(6,2)"), ddl);
        assertTrue(ddl.contains("hours numeric(5,2) not null"), ddl);
        assertTrue(ddl.contains("code varchar(20) not null"), ddl);
        // columns Hibernate makes NOT NULL on its own
        assertTrue(ddl.contains("updated_at timestamp(6) with time zone not null"), ddl);
        assertTrue(ddl.contains("uploaded_at timestamp(6) with time zone not null"), ddl);
        assertTrue(ddl.contains("last_touched_at timestamp(6) with time zone not null"), ddl);
        assertTrue(ddl.contains("deleted boolean not null"), ddl);
        assertTrue(ddl.contains("active boolean not null"), ddl);
        assertTrue(ddl.contains("scan_status varchar(16) default 'pending'"), ddl);
        assertTrue(ddl.contains("tier varchar(16) default 'standard'"), ddl);

        String title = "Duplicate " + SEQ.incrementAndGet();
        inTx(s -> {
            s.persist(new Ticket(code(), "OPS", title));
            return null;
        });
        ConstraintViolationException unique = assertThrows(ConstraintViolationException.class, () -> inTx(s -> {
            s.persist(new Ticket(code(), "OPS", title));
            return null;
        }));
        assertTrue(unique.getMessage().toLowerCase(Locale.ROOT).contains("uk_ticket_project_title"), unique.getMessage());
        ConstraintViolationException check = assertThrows(ConstraintViolationException.class, () -> inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Priority 9 " + SEQ.incrementAndGet());
            t.setPriority(9);
            s.persist(t);
            return null;
        }));
        assertTrue(check.getMessage().toLowerCase(Locale.ROOT).contains("ck_ticket_priority"), check.getMessage());
    }

    @Test
    void immutableNaturalIdCannotChangeButAMutableOneCan() throws Exception {
        Ticket ticket = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Natural " + SEQ.incrementAndGet());
            s.persist(t);
            return t;
        });
        inTx(s -> {
            assertEquals(ticket.getId(), s.bySimpleNaturalId(Ticket.class).load(ticket.getCode()).getId());
            return null;
        });
        java.lang.reflect.Field code = Ticket.class.getDeclaredField("code");
        code.setAccessible(true);
        HibernateException altered = assertThrows(HibernateException.class, () -> inTx(s -> {
            Ticket t = s.find(Ticket.class, ticket.getId());
            try {
                code.set(t, "OPS-999999");
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }));
        assertTrue(altered.getMessage().contains("An immutable natural identifier"), altered.getMessage());
    }

    @Test
    void beanValidationIsNeitherEnforcedNorInTheDdlWithoutAProvider() {
        // jakarta.validation-api only, no Hibernate Validator: persisting invalid values succeeds
        inTx(s -> {
            Ticket t = new Ticket("not a code", "X", "Bean validation " + SEQ.incrementAndGet());
            t.setReporterEmail("not an e-mail");
            s.persist(t);
            s.persist(new Customer("also not an e-mail " + SEQ.incrementAndGet(), null)); // getter @NotNull
            return null;
        });
        String ddl = LifecycleFixture.createDdl().toLowerCase(Locale.ROOT);
        assertTrue(ddl.contains("display_name varchar(80),"), "getter @NotNull did not make the column NOT NULL");
        assertTrue(ddl.contains("reporter_email varchar(254),"), ddl);
    }

    // ---------------------------------------------------------------------------------------------
    // Behaviour switches
    // ---------------------------------------------------------------------------------------------

    @Test
    void sqlDeleteAndSqlRestrictionHideARemovedCustomerWhoseRowStays() {
        String email = "gone" + SEQ.incrementAndGet() + "@example.com";
        Long id = inTx(s -> {
            Customer c = new Customer(email, "Gone");
            s.persist(c);
            return c;
        }).getId();
        inTx(s -> {
            Customer c = s.find(Customer.class, id);
            LifecycleFixture.drainSql();
            s.remove(c);
            s.flush();
            assertEquals(List.of("update customer set disabled = true where id = ?"), LifecycleFixture.drainSql());
            return null;
        });
        inTx(s -> {
            assertNull(s.find(Customer.class, id), "find() applies the @SQLRestriction too");
            assertEquals(0, s.createQuery("from Customer where email = :e", Customer.class).setParameter("e", email)
                    .getResultList().size());
            return null;
        });
        assertEquals(List.of(List.of(true)), rows("select disabled from customer where id = " + id));
    }

    @Test
    void collectionSqlRestrictionHidesInternalCommentsFromTheCollectionOnly() {
        Long ticketId = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Comments " + SEQ.incrementAndGet());
            s.persist(t);
            s.persist(new Comment(t, "Public answer", false));
            s.persist(new Comment(t, "Internal remark", true));
            return t;
        }).getId();
        inTx(s -> {
            Ticket t = s.find(Ticket.class, ticketId);
            assertEquals(List.of("Public answer"), t.getComments().stream().map(Comment::getBody).toList());
            assertEquals(2, s.createQuery("from Comment c where c.ticket.id = :id", Comment.class)
                    .setParameter("id", ticketId).getResultList().size(), "queries on Comment are not restricted");
            return null;
        });
    }

    @Test
    void softDeleteTurnsRemoveIntoAnUpdateAndHidesTheRow() {
        Long[] ids = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Soft " + SEQ.incrementAndGet());
            s.persist(t);
            Comment comment = new Comment(t, "Spam", false);
            s.persist(comment);
            Watcher watcher = new Watcher(t, "w" + SEQ.incrementAndGet() + "@example.com");
            s.persist(watcher);
            return new Long[] {t.getId(), comment.getId(), watcher.getId()};
        });
        inTx(s -> {
            s.remove(s.find(Comment.class, ids[1]));
            s.remove(s.find(Watcher.class, ids[2]));
            LifecycleFixture.drainSql();
            s.flush();
            assertEquals(List.of(
                    "update ticket_comment set deleted=true where id=? and deleted=false",
                    "update watcher set active=false where id=? and active=true"), LifecycleFixture.drainSql());
            return null;
        });
        inTx(s -> {
            assertNull(s.find(Comment.class, ids[1]), "DELETED strategy hides the row from find()");
            assertNull(s.find(Watcher.class, ids[2]), "ACTIVE strategy hides the row from find()");
            assertEquals(0, s.createQuery("from Comment c where c.ticket.id = :id", Comment.class)
                    .setParameter("id", ids[0]).getResultList().size());
            assertTrue(s.find(Ticket.class, ids[0]).getComments().isEmpty(), "and from collections");
            return null;
        });
        assertEquals(List.of(List.of(true)), rows("select deleted from ticket_comment where id = " + ids[1]));
        assertEquals(List.of(List.of(false)), rows("select active from watcher where id = " + ids[2]));
    }

    @Test
    void immutableEntityIgnoresChangesRejectsUpdateQueriesButCanBeRemoved() {
        Long id = inTx(s -> {
            StatusChange change = new StatusChange("OPS-1", null, TicketStatus.OPEN);
            s.persist(change);
            return change;
        }).getId();
        inTx(s -> {
            StatusChange change = s.find(StatusChange.class, id);
            change.setToStatus(TicketStatus.CLOSED);
            LifecycleFixture.drainSql();
            s.flush();
            assertEquals(List.of(), LifecycleFixture.drainSql(), "no UPDATE, and no error either");
            return null;
        });
        inTx(s -> {
            assertEquals(TicketStatus.OPEN, s.find(StatusChange.class, id).getToStatus());
            return null;
        });
        // Hibernate 7 default (immutable_entity_update_query_handling_mode = exception): the query fails
        HibernateException rejected = assertThrows(HibernateException.class, () -> run(s ->
                s.createMutationQuery("update StatusChange set toStatus = :st")
                        .setParameter("st", TicketStatus.CLOSED).executeUpdate()));
        assertTrue(causes(rejected).contains("The query attempts to update an immutable entity"), causes(rejected));
        inTx(s -> {
            s.remove(s.find(StatusChange.class, id));
            return null;
        });
        assertEquals(List.of(), rows("select id from status_change where id = " + id), "remove() deletes the row");
    }

    @Test
    void filterIsOffUntilEnabled() {
        String key = "F" + SEQ.incrementAndGet();
        inTx(s -> {
            Ticket open = new Ticket(code(), key, "Open one");
            Ticket resolved = new Ticket(code(), key, "Resolved one");
            resolved.setStatus(TicketStatus.RESOLVED);
            s.persist(open);
            s.persist(resolved);
            return null;
        });
        try (Session s = sessionFactory.openSession()) {
            String hql = "from Ticket where projectKey = :k";
            assertEquals(2, s.createQuery(hql, Ticket.class).setParameter("k", key).getResultList().size());
            s.enableFilter("ticketStatus").setParameter("status", "RESOLVED");
            assertEquals(List.of("Resolved one"), s.createQuery(hql, Ticket.class).setParameter("k", key)
                    .getResultList().stream().map(Ticket::getTitle).toList());
        }
    }

    @Test
    void notFoundIgnoreHasNoForeignKeyAndReadsADanglingReferenceAsNull() {
        assertEquals(List.of(), rows("select constraint_name from information_schema.table_constraints"
                + " where table_name = 'ATTACHMENT' and constraint_type = 'FOREIGN KEY'"));
        Long[] ids = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Dangling " + SEQ.incrementAndGet());
            s.persist(t);
            Attachment a = new Attachment(t, "x.png", 10);
            s.persist(a);
            return new Long[] {t.getId(), a.getId()};
        });
        run(s -> s.createMutationQuery("delete from Ticket where id = :id").setParameter("id", ids[0]).executeUpdate());
        inTx(s -> {
            LifecycleFixture.drainSql();
            Attachment a = s.find(Attachment.class, ids[1]);
            assertNull(a.getTicket());
            assertTrue(LifecycleFixture.drainSql().get(0).contains("left join ticket"), "fetched eagerly with a join");
            return null;
        });
    }

    @Test
    void onDeleteCascadeIsInTheDdlAndTheDatabaseDeletesTheComments() {
        String ddl = LifecycleFixture.createDdl().toLowerCase(Locale.ROOT);
        assertTrue(Pattern.compile("alter table if exists ticket_comment add constraint \\w+ foreign key \\(ticket_id\\) references ticket on delete cascade")
                .matcher(ddl).find(), ddl);
        assertTrue(ddl.contains("alter table if exists time_entry add constraint fk_time_entry_task foreign key (task_id) references task;"),
                "no ON DELETE clause: NO ACTION");
        assertFalse(ddl.contains("foreign key (ticket_id) references ticket on delete cascade;\nalter table if exists watcher"),
                "only the @OnDelete key cascades");
        // H2 reports the plain keys as RESTRICT
        Map<String, String> rules = new HashMap<>();
        for (List<Object> row : rows("select tc.table_name, rc.delete_rule from information_schema.referential_constraints rc"
                + " join information_schema.table_constraints tc on tc.constraint_name = rc.constraint_name")) {
            rules.merge(String.valueOf(row.get(0)).toLowerCase(Locale.ROOT), String.valueOf(row.get(1)), (a, b) -> a + "," + b);
        }
        assertEquals("CASCADE", rules.get("ticket_comment"));
        assertEquals("RESTRICT", rules.get("time_entry"));
        assertEquals("RESTRICT", rules.get("watcher"));

        Long[] ids = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Cascade " + SEQ.incrementAndGet());
            s.persist(t);
            Comment c = new Comment(t, "bye", false);
            s.persist(c);
            return new Long[] {t.getId(), c.getId()};
        });
        inTx(s -> {
            s.remove(s.find(Ticket.class, ids[0]));
            return null;
        });
        assertEquals(List.of(), rows("select id from ticket_comment where id = " + ids[1]), "removed by the database");
    }

    @Test
    void aWatcherBlocksTheDeleteOfItsTicketEvenWhenSoftDeleted() {
        Long ticketId = inTx(s -> {
            Ticket t = new Ticket(code(), "OPS", "Watched " + SEQ.incrementAndGet());
            s.persist(t);
            Watcher w = new Watcher(t, "x" + SEQ.incrementAndGet() + "@example.com");
            s.persist(w);
            s.flush();
            s.remove(w); // soft: the row stays
            return t;
        }).getId();
        assertThrows(ConstraintViolationException.class, () -> inTx(s -> {
            s.remove(s.find(Ticket.class, ticketId));
            return null;
        }));
    }

    @Test
    void cacheAnnotationWithoutProviderBootsOnlyWhileTheSecondLevelCacheIsOff() {
        // the fixture boots with use_second_level_cache=false (see @BeforeAll) without any warning
        Map<String, Object> unset = new HashMap<>();
        unset.put("hibernate.cache.use_second_level_cache", null);
        try (SessionFactory byDefault = LifecycleFixture.sessionFactory(unset)) {
            assertFalse(byDefault.getSessionFactoryOptions().isSecondLevelCacheEnabled(),
                    "no provider: the cache is off by default");
        }
        ServiceException failure = assertThrows(ServiceException.class,
                () -> LifecycleFixture.sessionFactory(Map.of("hibernate.cache.use_second_level_cache", "true")).close());
        assertTrue(causes(failure).contains("no RegionFactory was defined"), causes(failure));
    }

    @Test
    void eagerTasksAndSubselectMilestones() {
        String a = "A" + SEQ.incrementAndGet();
        String b = "B" + SEQ.incrementAndGet();
        inTx(s -> {
            for (String key : List.of(a, b)) {
                Project p = new Project(key, "Project " + key);
                p.addMilestone(new Milestone("M1", LocalDate.of(2026, 1, 1))).addTask(new Task("T1", 1));
                s.persist(p);
            }
            return null;
        });
        inTx(s -> {
            List<Project> projects = s.createQuery("from Project where key in (:a, :b) order by key", Project.class)
                    .setParameter("a", a).setParameter("b", b).getResultList();
            assertFalse(Hibernate.isInitialized(projects.get(1).getMilestones()));
            Milestone m = projects.get(0).getMilestones().get(0);
            assertTrue(Hibernate.isInitialized(projects.get(1).getMilestones()), "SUBSELECT loaded both projects' milestones");
            assertTrue(Hibernate.isInitialized(m.getTasks()), "EAGER tasks");
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Aggregates and delete impact
    // ---------------------------------------------------------------------------------------------

    @Test
    void deletingAProjectIsBlockedByATimeEntryOnOneOfItsTasks() {
        Long projectId = inTx(s -> {
            Project p = new Project("T" + SEQ.incrementAndGet(), "Time-tracked");
            Task task = p.addMilestone(new Milestone("M1", null)).addTask(new Task("Build", 1));
            s.persist(p);
            s.persist(new TimeEntry(task, new BigDecimal("1.50"), LocalDate.of(2026, 1, 2), "bob"));
            return p;
        }).getId();
        ConstraintViolationException blocked = assertThrows(ConstraintViolationException.class, () -> inTx(s -> {
            s.remove(s.find(Project.class, projectId));
            return null;
        }));
        assertTrue(blocked.getMessage().toLowerCase(Locale.ROOT).contains("fk_time_entry_task"), blocked.getMessage());
        assertTrue(blocked.getSQL().startsWith("delete from task"), blocked.getSQL());
        inTx(s -> {
            assertNotNull(s.find(Project.class, projectId), "rolled back: the project is still there");
            return null;
        });
        // without the time entry the cascade removes the whole aggregate
        run(s -> s.createMutationQuery("delete from TimeEntry where task.milestone.project.id = :id")
                .setParameter("id", projectId).executeUpdate());
        inTx(s -> {
            s.remove(s.find(Project.class, projectId));
            return null;
        });
        assertEquals(List.of(List.of(0L)), rows("select count(*) from milestone where project_id = " + projectId));
        assertEquals(List.of(), rows("select id from project where id = " + projectId));
    }

    @Test
    void cascadeRemoveOnManyToManyDeletesTagsAndFailsOnASharedOne() {
        Long[] ids = inTx(s -> {
            Tag shared = new Tag("shared-" + SEQ.incrementAndGet());
            Tag solo = new Tag("solo-" + SEQ.incrementAndGet());
            s.persist(shared);
            s.persist(solo);
            Project first = new Project("S" + SEQ.incrementAndGet(), "First");
            first.getTags().add(shared);
            Project second = new Project("S" + SEQ.incrementAndGet(), "Second");
            second.getTags().add(shared);
            Project third = new Project("S" + SEQ.incrementAndGet(), "Third");
            third.getTags().add(solo);
            s.persist(first);
            s.persist(second);
            s.persist(third);
            return new Long[] {first.getId(), third.getId(), shared.getId(), solo.getId()};
        });
        // removing the first project also deletes the tag the second one still uses: the DELETE fails
        ConstraintViolationException trap = assertThrows(ConstraintViolationException.class, () -> inTx(s -> {
            s.remove(s.find(Project.class, ids[0]));
            return null;
        }));
        assertTrue(trap.getSQL().startsWith("delete from tag"), trap.getSQL());
        assertEquals(List.of(List.of(ids[0])), rows("select id from project where id = " + ids[0]), "rolled back");
        // a project whose tags are its own silently takes them along
        inTx(s -> {
            s.remove(s.find(Project.class, ids[1]));
            return null;
        });
        assertEquals(List.of(), rows("select id from tag where id = " + ids[3]), "the tag went with its project");
        assertEquals(List.of(List.of(ids[2])), rows("select id from tag where id = " + ids[2]));
    }

    // ---------------------------------------------------------------------------------------------
    // The fixture as the engine sees it
    // ---------------------------------------------------------------------------------------------

    @Test
    void classesDirectoryHoldsTheEntitiesTheOrmXmlAndTheConfigOnlyWhenAsked() {
        Path with = LifecycleFixture.classesDirectory(true);
        Path without = LifecycleFixture.classesDirectory(false);
        Path pkg = Path.of("dev", "contextpack", "lifecycle");
        for (Path dir : List.of(with, without)) {
            assertTrue(Files.isRegularFile(dir.resolve("META-INF/orm.xml")));
            for (String entity : LifecycleExpectations.ENTITIES.keySet()) {
                assertTrue(Files.isRegularFile(dir.resolve(pkg).resolve(entity + ".class")), entity);
            }
            assertTrue(Files.isRegularFile(dir.resolve(pkg).resolve("Tracked.class")));
            assertFalse(Files.exists(dir.resolve(pkg).resolve("LifecycleRuntimeTest.class")), "test classes left out");
        }
        assertTrue(Files.isRegularFile(with.resolve(pkg).resolve("config/AuditingConfig.class")));
        assertFalse(Files.exists(without.resolve(pkg).resolve("config")));
        List<Path> classpath = LifecycleFixture.classpath(false);
        assertEquals(without, classpath.get(0));
        for (String prefix : LifecycleFixture.LIBRARY_JARS) {
            assertTrue(classpath.stream().anyMatch(p -> p.getFileName().toString().startsWith(prefix)), prefix);
        }
        assertEquals(LifecycleExpectations.ENTITIES.size(), LifecycleFixture.ENTITIES.size());
    }

    // ---------------------------------------------------------------------------------------------

    private static String code() {
        return "OPS-" + SEQ.incrementAndGet();
    }

    private static <T> T inTx(Function<Session, T> work) {
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }

    private static void run(Consumer<Session> work) {
        inTx(s -> {
            work.accept(s);
            return null;
        });
    }

    /** Plain JDBC on the fixture's database: each row's values in column order. */
    private static List<List<Object>> rows(String sql) {
        List<List<Object>> rows = new ArrayList<>();
        try (Session session = sessionFactory.openSession()) {
            session.doWork(connection -> {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
            });
        }
        return rows;
    }

    private static String causes(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c).append(" / ");
        }
        return all.toString();
    }
}
