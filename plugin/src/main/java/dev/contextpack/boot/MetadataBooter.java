package dev.contextpack.boot;

import dev.contextpack.model.Finding;
import dev.contextpack.model.Unverified;
import dev.contextpack.resolve.ResolvedSettings;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds Hibernate's boot metamodel ({@link Metadata}) for the project's classes with no database.
 * {@code buildMetadata()} is all-or-nothing, so a class Hibernate rejects is dropped and the boot is
 * retried, a bounded number of times: one bad mapping must not unverify all the others.
 *
 * <p>The boot runs project code: classes are loaded (not initialised by us, though Hibernate may
 * initialise them), converters, generators and type contributors of the project's jars may be
 * instantiated. It never opens a JDBC connection.
 */
public final class MetadataBooter {

    private static final int MAX_ATTEMPTS = 25;
    /** An entity Hibernate rejected only because an entity it links to was left out before. */
    public static final String LINKED = "CP-BOOT-LINKED-UNVERIFIED";
    /** Boots spent narrowing failures whose message names no entity, over one run: about 60 s on a large model. */
    private static final int MAX_NARROWING_BOOTS = 40;
    /**
     * Hibernate logs its version and "Database info" at INFO, and advises that an explicit dialect is
     * unnecessary (HHH90000025) even when the plugin, not the user, chose it. During the boot only
     * warnings reach the build log, and none from the deprecation category; the levels are restored after.
     */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");
    private static final java.util.logging.Logger DEPRECATION_LOG = java.util.logging.Logger.getLogger("org.hibernate.orm.deprecation");
    private static final Pattern MEMBER = Pattern.compile("^\\.([A-Za-z_$][A-Za-z0-9_$]*)");

    /**
     * @param references entity class → the entity classes it links to (from the bytecode), so that a part of
     *     the model booted alone to narrow a failure down holds what it needs; empty: none known
     * @param mentions entity class → the classes its own bytecode names (see {@link BootNarrower})
     * @param xmlEntities entities declared only in the mapping files: one Hibernate rejects is taken out of its file
     */
    public record Input(Set<String> entityClasses, Set<String> otherClasses, List<String> mappingFiles,
                        Map<String, Set<String>> references, Map<String, Set<String>> mentions, Set<String> xmlEntities) {
        public Input(Set<String> entityClasses, Set<String> otherClasses, List<String> mappingFiles) {
            this(entityClasses, otherClasses, mappingFiles, Map.of(), Map.of(), Set.of());
        }
    }

    public BootResult boot(Input input, ResolvedSettings settings, ClassLoader project) {
        Set<String> entities = new TreeSet<>(input.entityClasses());
        Set<String> dropped = new TreeSet<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, Unverified> reasons = new TreeMap<>();
        int narrowingBoots = 0;
        BootNarrower.Narrowed narrowed;
        List<String> mappingFiles = new ArrayList<>(input.mappingFiles());
        // entities declared only in XML that are still booted, and those taken out of the mapping files
        Set<String> xmlEntities = new TreeSet<>(input.xmlEntities());
        Set<String> droppedXml = new TreeSet<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(project);
        java.util.logging.Level hibernateLevel = HIBERNATE_LOG.getLevel();
        java.util.logging.Level deprecationLevel = DEPRECATION_LOG.getLevel();
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        DEPRECATION_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                StandardServiceRegistry registry = null;
                try {
                    registry = registry(settings, project);
                    Metadata metadata = build(registry, entities, input.otherClasses(), mappingFiles, droppedXml, settings, project);
                    return new BootResult(metadata, registry.getService(JdbcEnvironment.class).getDialect(), dropped, findings, registry, reasons);
                } catch (RuntimeException | LinkageError e) {
                    if (registry != null) StandardServiceRegistryBuilder.destroy(registry);
                    String message = messages(e);
                    Set<String> candidates = new TreeSet<>(entities);
                    candidates.addAll(xmlEntities);
                    Culprit culprit = culprit(message, candidates);
                    String missing = missingClass(e);
                    Culprit needsMissing = culprit == null && missing != null ? referrer(candidates, project) : null;
                    if (needsMissing != null) {
                        entities.remove(needsMissing.className());
                        if (xmlEntities.remove(needsMissing.className())) droppedXml.add(needsMissing.className());
                        dropped.add(needsMissing.className());
                        findings.add(new Finding("CP-BOOT-REJECTED", Finding.Severity.error, needsMissing.className(), null,
                                "Class " + missing + " is not on the project's runtime class path, but " + needsMissing.className()
                                        + " refers to it, so Hibernate cannot read this entity (" + message + ") The entity is described from its"
                                        + " annotations only (provenance: annotation). Add the dependency that provides " + missing
                                        + " (compile or runtime scope), or rebuild if its class file was deleted."));
                        reasons.put(needsMissing.className(), new Unverified("missingClass", missing, null,
                                "Class " + missing + " is not on the project's runtime class path, and " + needsMissing.className()
                                        + " refers to it, so Hibernate cannot load the entity (" + message + ")",
                                "Add the dependency that provides " + missing + " (compile or runtime scope), or rebuild if its class file was deleted.",
                                null, List.of()));
                    } else if (culprit != null) {
                        // an entity that only points at one dropped before is rejected because of it: say so, or its own fix looks needed
                        String cause = dropped.stream().filter(d -> indexOfName(message, d) >= 0).findFirst().orElse(null);
                        entities.remove(culprit.className());
                        if (xmlEntities.remove(culprit.className())) droppedXml.add(culprit.className());
                        dropped.add(culprit.className());
                        if (cause != null) {
                            findings.add(new Finding(LINKED, Finding.Severity.warning, culprit.className(), culprit.member(),
                                    "Hibernate rejected this mapping: " + message + " This follows from leaving out " + cause
                                            + " (see its finding): fixing that mapping fixes this one. The entity is described from its"
                                            + " annotations only (provenance: annotation)."));
                            reasons.put(culprit.className(), new Unverified("linksToUnverified", cause, culprit.member(),
                                    "Hibernate rejected it only because " + cause + ", which it links to, could not be booted and was left out: " + message,
                                    "Fix " + cause + " (see its page and finding); this entity then boots with it.", null, List.of()));
                        } else {
                            findings.add(new Finding("CP-BOOT-REJECTED", Finding.Severity.error, culprit.className(), culprit.member(),
                                    "Hibernate rejected this mapping: " + message
                                            + " The entity is described from its annotations only (provenance: annotation). Fix the mapping and rebuild."));
                            reasons.put(culprit.className(), new Unverified("rejected", null, culprit.member(),
                                    "Hibernate rejected its mapping: " + message,
                                    "Fix the mapping" + (culprit.member() == null ? "" : " of `" + culprit.member() + "`") + " as Hibernate's message says, and rebuild.",
                                    null, List.of()));
                        }
                    } else if (!mappingFiles.isEmpty() && message.contains(".xml")) {
                        findings.add(new Finding("CP-BOOT-XML", Finding.Severity.error, null, null,
                                "Hibernate rejected the XML mappings " + mappingFiles + ": " + message
                                        + " They are left out of the verified model; fix them and rebuild."));
                        for (String entity : xmlEntities) {
                            reasons.put(entity, new Unverified("rejected", null, null, "Hibernate rejected the XML mappings that declare it: " + message,
                                    "Fix the mapping files " + mappingFiles + " and rebuild.", null, List.of()));
                        }
                        dropped.addAll(xmlEntities);
                        xmlEntities.clear();
                        mappingFiles.clear();
                    } else if ((narrowed = narrow(input, entities, mappingFiles, droppedXml, settings, project, message, narrowingBoots)) != null) {
                        narrowingBoots += narrowed.boots();
                        entities.remove(narrowed.className());
                        dropped.add(narrowed.className());
                        String how = "Hibernate's message names no entity (" + message + "); booting parts of the model on their own ("
                                + narrowed.boots() + " boots) narrowed it to " + narrowed.className()
                                + ": a part of the model without it boots, the same part with it and the entities it links to fails"
                                + (narrowed.message().equals(message) ? "" : " (" + narrowed.message() + ")") + ".";
                        findings.add(new Finding("CP-BOOT-REJECTED", Finding.Severity.error, narrowed.className(), null,
                                how + " The entity is described from its annotations only (provenance: annotation). Fix the mapping"
                                        + " (of the entity, or of an embeddable or mapped superclass it uses) and rebuild."));
                        reasons.put(narrowed.className(), new Unverified("rejected", null, null, how,
                                "Fix what Hibernate's message describes, in this entity or an embeddable or mapped superclass it uses, and rebuild.",
                                null, List.of()));
                    } else {
                        findings.add(new Finding("CP-BOOT-FAILED", Finding.Severity.error, null, null,
                                "Hibernate could not build the model: " + message
                                        + " No fact in this pack is verified. Fix the cause (or set the plugin's dialect/hibernateProperties) and rebuild."));
                        entities.addAll(xmlEntities);
                        for (String entity : entities) {
                            reasons.putIfAbsent(entity, new Unverified("bootFailed", null, null, "Hibernate could not build the model: " + message,
                                    "Fix the cause (or set the plugin's dialect/hibernateProperties) and rebuild.", null, List.of()));
                        }
                        dropped.addAll(entities);
                        return new BootResult(null, null, dropped, findings, null, reasons);
                    }
                }
            }
            findings.add(new Finding("CP-BOOT-FAILED", Finding.Severity.error, null, null,
                    "Hibernate still rejected the model after dropping " + dropped.size() + " classes; no fact is verified."));
            entities.addAll(xmlEntities);
            for (String entity : entities) {
                reasons.put(entity, new Unverified("bootFailed", null, null, "Hibernate still rejected the model after " + MAX_ATTEMPTS
                        + " attempts that left out " + dropped.size() + " classes.", "Fix the mappings named by the other findings and rebuild.", null, List.of()));
            }
            dropped.addAll(entities);
            return new BootResult(null, null, dropped, findings, null, reasons);
        } finally {
            thread.setContextClassLoader(previous);
            HIBERNATE_LOG.setLevel(hibernateLevel);
            DEPRECATION_LOG.setLevel(deprecationLevel);
        }
    }

    /**
     * When the message names no entity: the entity whose part of the model fails alone, found by booting
     * parts (bounded by {@link #MAX_NARROWING_BOOTS} over the whole run); null when it cannot be narrowed.
     */
    private static BootNarrower.Narrowed narrow(Input input, Set<String> entities, List<String> mappingFiles, Set<String> droppedXml,
                                                ResolvedSettings settings,
                                                ClassLoader project, String message, int bootsSoFar) {
        if (entities.isEmpty() || bootsSoFar + BootNarrower.bootsFor(entities.size()) > MAX_NARROWING_BOOTS) return null;
        BootNarrower narrower = new BootNarrower(input.references(), input.mentions(), part -> {
            StandardServiceRegistry registry = null;
            try {
                registry = registry(settings, project);
                build(registry, part, input.otherClasses(), mappingFiles, droppedXml, settings, project);
                return null;
            } catch (RuntimeException | LinkageError e) {
                return messages(e);
            } finally {
                if (registry != null) StandardServiceRegistryBuilder.destroy(registry);
            }
        });
        return narrower.narrow(entities, message);
    }

    /**
     * Runs {@code work} with Hibernate's INFO logging and deprecation advice held back, as during the
     * boot (building a SessionFactory logs connection and JTA notices that say nothing about the model).
     */
    public static <T> T quietly(java.util.function.Supplier<T> work) {
        java.util.logging.Level hibernateLevel = HIBERNATE_LOG.getLevel();
        java.util.logging.Level deprecationLevel = DEPRECATION_LOG.getLevel();
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        DEPRECATION_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            return work.get();
        } finally {
            HIBERNATE_LOG.setLevel(hibernateLevel);
            DEPRECATION_LOG.setLevel(deprecationLevel);
        }
    }

    private static StandardServiceRegistry registry(ResolvedSettings settings, ClassLoader project) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(project)
                .build();
        Map<String, Object> values = new HashMap<>(settings.hibernateProperties());
        values.put("hibernate.dialect", settings.dialect());
        if (settings.databaseVersion() != null) {
            String[] parts = settings.databaseVersion().split("\\.");
            values.put("jakarta.persistence.database-major-version", parts[0]);
            if (parts.length > 1) values.put("jakarta.persistence.database-minor-version", parts[1]);
        }
        values.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        values.put("hibernate.connection.provider_class", RefusingConnectionProvider.class.getName());
        values.put("jakarta.persistence.validation.mode", "none");
        values.put("hibernate.query.startup_check", "false");
        values.put("hibernate.hbm2ddl.auto", "none");
        values.put("jakarta.persistence.schema-generation.database.action", "none");
        values.put("hibernate.cache.use_second_level_cache", "false");
        // a SessionFactory (built to check queries) would create and drop the tables of multi-table mutation
        // strategies through a connection: it has none, and those tables say nothing about the model
        values.put("hibernate.query.mutation_strategy.global_temporary.create_tables", "false");
        values.put("hibernate.query.mutation_strategy.global_temporary.drop_tables", "false");
        values.put("hibernate.query.mutation_strategy.persistent.create_tables", "false");
        values.put("hibernate.query.mutation_strategy.persistent.drop_tables", "false");
        return new StandardServiceRegistryBuilder(bootstrap).applySettings(values).build();
    }

    private static Metadata build(StandardServiceRegistry registry, Set<String> entities, Set<String> others,
                                  List<String> mappingFiles, Set<String> droppedXml, ResolvedSettings settings, ClassLoader project) {
        MetadataSources sources = new MetadataSources(registry);
        Set<String> all = new LinkedHashSet<>(others);
        all.addAll(entities);
        for (String name : all) {
            sources.addAnnotatedClass(load(name, project));
        }
        for (String file : mappingFiles) {
            if (droppedXml.isEmpty()) sources.addResource(file);
            else sources.addInputStream(new java.io.ByteArrayInputStream(XmlWithout.entities(project, file, droppedXml)));
        }
        MetadataBuilder builder = sources.getMetadataBuilder();
        builder.applyPhysicalNamingStrategy(instantiate(settings.physicalNamingStrategy(), PhysicalNamingStrategy.class, project));
        builder.applyImplicitNamingStrategy(instantiate(settings.implicitNamingStrategy(), ImplicitNamingStrategy.class, project));
        return builder.build();
    }

    private static Class<?> load(String name, ClassLoader project) {
        try {
            return Class.forName(name, false, project);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Class " + name + " cannot be loaded: " + e + ". If a class it needs is missing,"
                    + " add the dependency that provides it to the project (compile or runtime scope).", e);
        }
    }

    /** The class a NoClassDefFoundError (or its kin) says is missing, as a class name; null if none. */
    static String missingClass(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                String m = t.getMessage();
                if (m != null && !m.isBlank()) return m.trim().replace('/', '.').replaceFirst("^L(.*);$", "$1");
            }
            if (t instanceof TypeNotPresentException tnp) return tnp.typeName();
        }
        return null;
    }

    /**
     * The first entity whose declared members (or those of its superclasses) cannot be resolved: the
     * one that refers to a class missing from the class path. Loading does not initialise it.
     */
    private static Culprit referrer(Set<String> entities, ClassLoader project) {
        for (String name : entities) {
            try {
                for (Class<?> c = Class.forName(name, false, project); c != null && c != Object.class; c = c.getSuperclass()) {
                    c.getDeclaredFields();
                    c.getDeclaredMethods();
                    c.getDeclaredConstructors();
                }
            } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
                return new Culprit(name, null);
            }
        }
        return null;
    }

    static <T> T instantiate(String className, Class<T> type, ClassLoader project) {
        try {
            Class<?> c = Class.forName(className, true, project);
            try {
                // getDeclaredField: a subclass of Hibernate's strategy inherits its parent's INSTANCE,
                // which is not the strategy the application configured.
                java.lang.reflect.Field field = c.getDeclaredField("INSTANCE");
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && java.lang.reflect.Modifier.isPublic(field.getModifiers())) {
                    Object instance = field.get(null);
                    if (instance != null && instance.getClass() == c) return type.cast(instance);
                }
            } catch (NoSuchFieldException ignored) {
                // no singleton: use the constructor
            }
            return type.cast(c.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new IllegalStateException("Naming strategy " + className + " cannot be created (" + e
                    + "). Check the class name in your settings or the plugin parameters.", e);
        }
    }

    /** Hibernate's messages from outermost to root cause, without repeats. */
    public static String messages(Throwable e) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = e; t != null && parts.size() < 6; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().trim();
            if (!m.isEmpty()) parts.add(m.endsWith(".") ? m : m + ".");
            if (t.getCause() == t) break;
        }
        return String.join(" ", parts);
    }

    record Culprit(String className, String member) {
    }

    /** The first project class the message names, and the member right after it if there is one. */
    static Culprit culprit(String message, Set<String> entities) {
        Culprit best = null;
        int bestIndex = Integer.MAX_VALUE;
        Set<String> candidates = new TreeSet<>(entities);
        for (String name : candidates) {
            int index = indexOfName(message, name);
            if (index >= 0 && index < bestIndex) {
                bestIndex = index;
                Matcher m = MEMBER.matcher(message.substring(index + name.length()));
                best = new Culprit(name, m.find() ? m.group(1) : null);
            }
        }
        // a message that names only an embeddable, a mapped superclass or a type is narrowed down by booting parts (BootNarrower)
        return best;
    }

    private static int indexOfName(String message, String name) {
        int from = 0;
        while (true) {
            int index = message.indexOf(name, from);
            if (index < 0) return -1;
            int end = index + name.length();
            // a whole class name: not a prefix of a longer name (Foo vs FooBar)
            if (end >= message.length() || !Character.isJavaIdentifierPart(message.charAt(end))) return index;
            from = end;
        }
    }
}
