package dev.contextpack.lifecycle;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The fixture of issue 3 (lifecycle callbacks, values the framework sets, constraints, Hibernate
 * behaviour switches, aggregates and delete impact), as the engine would see it in a module
 * (a classes directory with META-INF/orm.xml, and the module's class path), and as Hibernate really
 * runs it (a SessionFactory on a fresh in-memory H2).
 */
public final class LifecycleFixture {

    public static final String PACKAGE = "dev.contextpack.lifecycle";
    /** Holds the @EnableJpaAuditing class: present or absent in {@link #classesDirectory(boolean)}. */
    public static final String CONFIG_PACKAGE = PACKAGE + ".config";
    /** The default listener's XML, copied to META-INF/orm.xml of the classes directory. */
    public static final String ORM_XML_RESOURCE = "lifecycle/orm.xml";

    /** Every entity of the fixture. */
    public static final List<Class<?>> ENTITIES = List.of(
            Ticket.class, Comment.class, Watcher.class, Customer.class, Attachment.class, StatusChange.class,
            KnowledgeArticle.class, InternalNote.class, SystemEvent.class, ImportBatch.class,
            Project.class, Milestone.class, Task.class, TimeEntry.class, Tag.class);

    /** File-name prefixes of the library jars the fixture's classes need besides JPA and Hibernate. */
    public static final List<String> LIBRARY_JARS = List.of(
            "spring-data-commons-", "spring-data-jpa-", "jakarta.validation-api-", "jackson-annotations-");

    /**
     * Jars that Spring Data's AuditingEntityListener needs before Hibernate can read it (see
     * {@link #springAuditingListenerLoadable()}): spring-aspects (ConfigurableObject, which the woven
     * listener implements), its AspectJ runtime, spring-beans/spring-core (the listener's method
     * signatures) and commons-logging (spring-core's logging). A Spring Boot application normally has them
     * all. Without them the engine's boot fails (CP-BOOT-FAILED). They are added to
     * {@link #classpath(boolean)} when java.class.path has them; plugin/pom.xml must name spring-aspects
     * as a test dependency for that.
     */
    public static final List<String> AUDITING_SUPPORT_JARS = List.of(
            "spring-aspects-", "aspectjweaver-", "spring-beans-", "spring-core-", "commons-logging-");

    public static final String AUDITING_ENTITY_LISTENER = "org.springframework.data.jpa.domain.support.AuditingEntityListener";

    private static final Map<Boolean, Path> DIRECTORIES = new HashMap<>();

    /** Every statement Hibernate prepared, lower-cased, in order (all fixture session factories). */
    private static final List<String> SQL = Collections.synchronizedList(new ArrayList<>());

    /** Registered by class name, so Hibernate instantiates it; it only appends to {@link #SQL}. */
    public static final class SqlLog implements StatementInspector {
        @Override
        public String inspect(String sql) {
            SQL.add(sql.toLowerCase(Locale.ROOT));
            return sql;
        }
    }

    private LifecycleFixture() {
    }

    /** The fixture with the auditing switch (config sub-package) included. */
    public static Path classesDirectory() {
        return classesDirectory(true);
    }

    /**
     * A temporary classes directory (built once per JVM and flag) with copies of the compiled classes of
     * {@value #PACKAGE} (without the test classes Lifecycle*), with or without the
     * {@value #CONFIG_PACKAGE} sub-package, plus META-INF/orm.xml.
     */
    public static synchronized Path classesDirectory(boolean withAuditingEnabled) {
        Path cached = DIRECTORIES.get(withAuditingEnabled);
        if (cached != null && Files.isDirectory(cached)) {
            return cached;
        }
        try {
            Path target = Files.createTempDirectory("context-pack-lifecycle-" + (withAuditingEnabled ? "audited-" : "plain-"));
            deleteOnExit(target);
            Path source = testClasses().resolve(PACKAGE.replace('.', File.separatorChar));
            copyClasses(source, target.resolve(PACKAGE.replace('.', File.separatorChar)));
            if (withAuditingEnabled) {
                copyClasses(source.resolve("config"), target.resolve(CONFIG_PACKAGE.replace('.', File.separatorChar)));
            }
            Path ormXml = target.resolve("META-INF").resolve("orm.xml");
            Files.createDirectories(ormXml.getParent());
            try (InputStream in = LifecycleFixture.class.getClassLoader().getResourceAsStream(ORM_XML_RESOURCE)) {
                if (in == null) throw new IllegalStateException("Test resource " + ORM_XML_RESOURCE + " is missing");
                Files.copy(in, ormXml);
            }
            DIRECTORIES.put(withAuditingEnabled, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The module's class path as the engine would get it: the classes directory, then the jars of
     * {@link #LIBRARY_JARS}, then those of {@link #AUDITING_SUPPORT_JARS} that java.class.path has.
     */
    public static List<Path> classpath(boolean withAuditingEnabled) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(classesDirectory(withAuditingEnabled));
        Map<String, Path> jars = jarsOnClassPath();
        for (String prefix : LIBRARY_JARS) {
            Path jar = jars.get(prefix);
            if (jar == null) {
                throw new IllegalStateException("No " + prefix + "*.jar on java.class.path");
            }
            classpath.add(jar);
        }
        for (String prefix : AUDITING_SUPPORT_JARS) {
            Path jar = jars.get(prefix);
            if (jar != null) {
                classpath.add(jar);
            }
        }
        return List.copyOf(classpath);
    }

    /** Whether {@link #classpath(boolean)} has every jar of {@link #AUDITING_SUPPORT_JARS}. */
    public static boolean auditingSupportOnClassPath() {
        return jarsOnClassPath().keySet().containsAll(AUDITING_SUPPORT_JARS);
    }

    /** The jars of java.class.path whose name is a prefix of {@link #LIBRARY_JARS} or {@link #AUDITING_SUPPORT_JARS} then a version. */
    private static Map<String, Path> jarsOnClassPath() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (String element : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (element.isBlank()) continue;
            Path path = Path.of(element);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (!name.endsWith(".jar")) continue;
            for (String prefix : concat(LIBRARY_JARS, AUDITING_SUPPORT_JARS)) {
                if (name.startsWith(prefix) && name.length() > prefix.length() && Character.isDigit(name.charAt(prefix.length()))) {
                    found.putIfAbsent(prefix, path);
                }
            }
        }
        return found;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A SessionFactory of every fixture entity plus the orm.xml on a fresh in-memory H2 (create-drop). */
    public static SessionFactory sessionFactory() {
        return sessionFactory(Map.of());
    }

    /**
     * The DDL Hibernate generates for the fixture (schema-generation script "create"; no database is touched
     * beyond the boot's connection).
     */
    public static String createDdl() {
        StringWriter ddl = new StringWriter();
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", ddl);
        sessionFactory(settings).close();
        return ddl.toString();
    }

    /** As {@link #sessionFactory()}, with extra or overriding Hibernate settings (a null value removes one). */
    public static SessionFactory sessionFactory(Map<String, Object> extraSettings) {
        String url = "jdbc:h2:mem:lifecycle_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", url);
        settings.put("jakarta.persistence.jdbc.user", "sa");
        settings.put("jakarta.persistence.jdbc.password", "");
        settings.put("hibernate.dialect", "org.hibernate.dialect.H2Dialect");
        settings.put("hibernate.hbm2ddl.auto", "create-drop");
        settings.put("hibernate.show_sql", "false");
        settings.put("hibernate.connection.pool_size", "3");
        settings.put("hibernate.cache.use_second_level_cache", "false");
        settings.put("hibernate.session_factory.statement_inspector", SqlLog.class.getName());
        extraSettings.forEach((key, value) -> {
            if (value == null) {
                settings.remove(key); // a null value removes a default setting
            } else {
                settings.put(key, value);
            }
        });
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            bootableEntities().forEach(sources::addAnnotatedClass);
            sources.addResource(ORM_XML_RESOURCE);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /**
     * Spring Data JPA's AuditingEntityListener is woven by AspectJ: it implements
     * org.springframework.beans.factory.aspectj.ConfigurableObject (spring-aspects, an optional
     * dependency of spring-data-jpa) and its static initialiser needs the AspectJ runtime. Without both
     * on the class path the class cannot even be defined, and Hibernate cannot boot an entity that names it.
     */
    public static boolean springAuditingListenerLoadable() {
        try {
            Class.forName(AUDITING_ENTITY_LISTENER, true, LifecycleFixture.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** {@link #ENTITIES}, less KnowledgeArticle when {@link #springAuditingListenerLoadable()} is false. */
    public static List<Class<?>> bootableEntities() {
        if (springAuditingListenerLoadable()) {
            return ENTITIES;
        }
        return ENTITIES.stream().filter(c -> c != KnowledgeArticle.class).toList();
    }

    /** The statements Hibernate prepared since the last call (lower-cased), and forgets them. */
    public static List<String> drainSql() {
        synchronized (SQL) {
            List<String> copy = List.copyOf(SQL);
            SQL.clear();
            return copy;
        }
    }

    static Path testClasses() {
        try {
            CodeSource source = LifecycleFixture.class.getProtectionDomain().getCodeSource();
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The .class files directly in {@code from} (not sub-packages), except the test classes Lifecycle*. */
    private static void copyClasses(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException("No compiled fixture classes in " + from);
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.endsWith(".class") && !name.startsWith("Lifecycle")) {
                    Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteOnExit(Path directory) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort
            }
        }));
    }
}
