package dev.contextpack.extract;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.Cascade;
import dev.contextpack.model.DeclaredAnnotation;
import dev.contextpack.model.ElementCollection;
import dev.contextpack.model.Embedded;
import dev.contextpack.model.Entity;
import dev.contextpack.model.IdGeneration;
import dev.contextpack.model.Identifier;
import dev.contextpack.model.Inheritance;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.TableRef;
import dev.contextpack.model.Unverified;
import dev.contextpack.model.Unverified.JpaDefault;
import dev.contextpack.scan.ClassFacts;
import dev.contextpack.scan.MemberFacts;
import dev.contextpack.scan.MethodBodies;
import dev.contextpack.scan.ScanResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Describes an entity Hibernate could not boot from its bytecode alone: the annotations ClassGraph
 * read (no class is loaded, no initializer runs), every fact marked {@code annotation}. What only
 * Hibernate's boot decides (physical names under the naming strategy, SQL types, nullability rules,
 * foreign keys, the generator AUTO picks) is left out rather than guessed; the values the annotations
 * leave to JPA's defaults are written out in {@link Unverified#defaults()}.
 */
public final class BytecodeEntityReader {

    private static final String JPA = "jakarta.persistence.";
    private static final String HIBERNATE = "org.hibernate.annotations.";
    private static final List<String> ASSOCIATIONS = List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany");
    /** Embeddables inside embeddables: deeper than this is a cycle, which Hibernate rejects anyway. */
    private static final int MAX_EMBEDDING_DEPTH = 8;

    private final ScanResult scan;
    private final MethodBodies bodies;
    private final Map<String, String> entityNames;
    private final java.util.function.UnaryOperator<TableRef> physicalTable;

    /**
     * @param entityNames entity name by class, for the targets of associations (the verified entities' names
     *     as Hibernate gave them); classes not in it are named from their bytecode
     */
    public BytecodeEntityReader(ScanResult scan, MethodBodies bodies, Map<String, String> entityNames) {
        this(scan, bodies, entityNames, t -> null);
    }

    /**
     * @param physicalTable a declared {@code @Table} under the application's physical naming strategy (the strategy
     *     object applied to the name, without a boot); returns null when it cannot be known
     */
    public BytecodeEntityReader(ScanResult scan, MethodBodies bodies, Map<String, String> entityNames,
                                java.util.function.UnaryOperator<TableRef> physicalTable) {
        this.scan = scan;
        this.bodies = bodies;
        this.entityNames = entityNames;
        this.physicalTable = physicalTable;
    }

    public Entity read(String className, Unverified why) {
        ClassFacts facts = scan.classes().get(className);
        String name = entityName(className);
        String declaredBy = scan.xmlEntities().contains(className) ? "orm.xml" : "@Entity";
        List<JpaDefault> defaults = new ArrayList<>();
        if (facts == null) {
            // listed in persistence.xml from a dependency jar: the module's bytecode does not have it
            return new Entity(name, className, Provenance.annotation, declaredBy, false, null, List.of(), null, List.of(), null, null,
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, why);
        }
        List<ClassFacts> hierarchy = mappedHierarchy(facts);
        boolean propertyAccess = propertyAccess(hierarchy);
        List<Attribute> attributes = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ClassFacts c : hierarchy) {
            Map<String, MemberFacts> members = propertyAccess ? c.getters() : c.fields();
            for (MemberFacts member : members.values()) {
                if (member.has(JPA + "Transient") || !seen.add(member.name())) continue;
                attributes.add(attribute(member, defaults, 0));
            }
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        MemberFacts id = attributes.stream().map(a -> member(hierarchy, a.name(), propertyAccess))
                .filter(m -> m != null && (m.has(JPA + "Id") || m.has(JPA + "EmbeddedId"))).findFirst().orElse(null);
        String version = attributes.stream().map(a -> member(hierarchy, a.name(), propertyAccess))
                .filter(m -> m != null && m.has(JPA + "Version")).map(MemberFacts::name).findFirst().orElse(null);
        List<String> mappedSuperclasses = hierarchy.stream().map(ClassFacts::name).filter(scan.mappedSuperclasses()::contains).toList();
        Identifier identifier = identifier(hierarchy, id, defaults);
        Inheritance inheritance = inheritance(facts, defaults);
        TableRef table = declaredTable(facts);
        return new Entity(name, className, Provenance.annotation, declaredBy, facts.isAbstract(), null, List.of(), inheritance,
                mappedSuperclasses, identifier, version, List.copyOf(attributes), List.of(), List.of(), Callbacks.of(className, scan, bodies),
                List.of(), List.of(), List.of(), null, null, List.of(), null, why.withDeclared(table, table == null ? null : physicalTable.apply(table),
                sorted(defaults)));
    }

    /**
     * Links the two directions of the associations of all entities, the unverified ones included: an owning
     * side learns its partner from the {@code mappedBy} of the other side, as for verified entities.
     */
    public static List<Entity> linkPartners(List<Entity> entities) {
        return Partners.link(entities);
    }

    /** Entity-level defaults first, then by attribute and property: the order of the fields in the class file is no contract. */
    private static List<JpaDefault> sorted(List<JpaDefault> defaults) {
        return defaults.stream().sorted(Comparator.comparing((JpaDefault d) -> d.attribute() == null ? "" : d.attribute())
                .thenComparing(JpaDefault::property)).toList();
    }

    /** The class, then the superclasses whose members it inherits as mapped attributes (entities and mapped superclasses). */
    private List<ClassFacts> mappedHierarchy(ClassFacts facts) {
        List<ClassFacts> hierarchy = new ArrayList<>(List.of(facts));
        for (ClassFacts c = superclass(facts); c != null; c = superclass(c)) {
            if (isEntity(c.name()) || scan.mappedSuperclasses().contains(c.name())) hierarchy.add(c);
        }
        return hierarchy;
    }

    private ClassFacts superclass(ClassFacts c) {
        return c.superclass() == null ? null : scan.classes().get(c.superclass());
    }

    private boolean isEntity(String className) {
        return scan.entities().contains(className) || scan.xmlEntities().contains(className);
    }

    /** JPA: the placement of {@code @Id} decides the access type, unless {@code @Access} says otherwise. */
    private static boolean propertyAccess(List<ClassFacts> hierarchy) {
        for (ClassFacts c : hierarchy) {
            String access = c.param(JPA + "Access", "value");
            if (access != null) return access.equals("PROPERTY");
        }
        return hierarchy.stream().flatMap(c -> c.getters().values().stream())
                .anyMatch(m -> m.has(JPA + "Id") || m.has(JPA + "EmbeddedId"));
    }

    private static MemberFacts member(List<ClassFacts> hierarchy, String name, boolean propertyAccess) {
        for (ClassFacts c : hierarchy) {
            MemberFacts m = (propertyAccess ? c.getters() : c.fields()).get(name);
            if (m != null) return m;
        }
        return null;
    }

    private String entityName(String className) {
        String known = entityNames.get(className);
        if (known != null) return known;
        ClassFacts facts = scan.classes().get(className);
        String declared = facts == null ? null : facts.param(JPA + "Entity", "name");
        return declared == null || declared.isEmpty() ? className.substring(className.lastIndexOf('.') + 1) : declared;
    }

    /** The table {@code @Table} declares on the class, or null. */
    public static TableRef declaredTable(ClassFacts facts) {
        String name = facts.param(JPA + "Table", "name");
        if (name == null || name.isEmpty()) return null;
        return new TableRef(name, emptyToNull(facts.param(JPA + "Table", "schema")), emptyToNull(facts.param(JPA + "Table", "catalog")));
    }

    Attribute attribute(MemberFacts m, List<JpaDefault> defaults, int depth) {
        String javaType = JavaTypes.simplify(m.type());
        List<DeclaredAnnotation> declared = declaredAnnotations(m);
        String kind = ASSOCIATIONS.stream().filter(k -> m.has(JPA + k)).findFirst().orElse(null);
        Association association = kind == null ? null : association(m, kind, defaults);
        Embedded embedded = null;
        String rawType = raw(m.type());
        if (kind == null && depth < MAX_EMBEDDING_DEPTH
                && (m.has(JPA + "Embedded") || m.has(JPA + "EmbeddedId") || scan.embeddables().contains(rawType))) {
            embedded = embedded(m, rawType, defaults, depth);
        }
        ElementCollection elements = m.has(JPA + "ElementCollection") ? elementCollection(m, defaults) : null;
        boolean nullable = !("false".equals(m.param(JPA + "Column", "nullable")) || "false".equals(m.param(JPA + "Basic", "optional"))
                || "false".equals(m.param(JPA + "JoinColumn", "nullable")) || m.has(JPA + "Id") || m.has(JPA + "EmbeddedId")
                || association != null && !association.optional());
        boolean optional = !"false".equals(m.param(JPA + "Basic", "optional")) && (association == null || association.optional());
        return new Attribute(m.name(), javaType, m.declaringClass(), Provenance.annotation, nullable, optional, List.of(), null,
                emptyToNull(m.param(JPA + "Convert", "converter")), m.has(JPA + "Lob"), m.has(JPA + "Version"), false,
                embedded, elements, association, declared);
    }

    private Association association(MemberFacts m, String kind, List<JpaDefault> defaults) {
        String annotation = JPA + kind;
        boolean toOne = kind.endsWith("ToOne");
        String targetClass = emptyToNull(m.param(annotation, "targetEntity"));
        if (targetClass == null || targetClass.equals("void")) targetClass = toOne ? raw(m.type()) : elementType(m.type());
        if (targetClass == null) return null; // a raw collection: the annotations list it, the target is not known
        String mappedBy = emptyToNull(m.param(annotation, "mappedBy"));
        String fetch = m.param(annotation, "fetch");
        if (fetch == null) {
            fetch = toOne ? "EAGER" : "LAZY";
            defaults.add(new JpaDefault(m.name(), "fetch", fetch, "JPA default of @" + kind));
        }
        boolean optional = true;
        if (toOne) {
            String declared = m.param(annotation, "optional");
            if (declared == null) defaults.add(new JpaDefault(m.name(), "optional", "true", "JPA default of @" + kind));
            else optional = Boolean.parseBoolean(declared);
        }
        List<String> jpaCascade = list(m.param(annotation, "cascade"));
        List<String> hibernateCascade = list(m.param(HIBERNATE + "Cascade", "value"));
        boolean orphanRemoval = "true".equals(m.param(annotation, "orphanRemoval"));
        if (jpaCascade.isEmpty() && hibernateCascade.isEmpty()) {
            defaults.add(new JpaDefault(m.name(), "cascade", "none", "JPA default: no operation cascades"));
        }
        if (!kind.equals("ManyToOne") && !kind.equals("ManyToMany") && m.param(annotation, "orphanRemoval") == null) {
            defaults.add(new JpaDefault(m.name(), "orphanRemoval", "false", "JPA default of @" + kind));
        }
        List<String> declaredCascade = new ArrayList<>(jpaCascade);
        hibernateCascade.forEach(h -> declaredCascade.add("hibernate:" + h));
        Cascade cascade = new Cascade(HibernateCascade.operations(jpaCascade, hibernateCascade, orphanRemoval), List.copyOf(declaredCascade),
                orphanRemoval);
        // JPA: the side with mappedBy is the inverse one; every other side owns the link
        return new Association(kind, entityName(targetClass), null, mappedBy == null, mappedBy, mappedBy,
                mappedBy != null, null, List.of(), null, List.of(), null, null, optional, m.has(JPA + "MapsId"), cascade, fetch,
                m.param(annotation, "fetch") != null, orderBy(m), emptyToNull(m.param(JPA + "OrderColumn", "name")),
                emptyToNull(m.param(JPA + "MapKey", "name")), List.of());
    }

    private Embedded embedded(MemberFacts m, String embeddableClass, List<JpaDefault> defaults, int depth) {
        List<Attribute> parts = new ArrayList<>();
        ClassFacts embeddable = scan.classes().get(embeddableClass);
        if (embeddable != null) {
            for (MemberFacts part : embeddable.fields().values()) {
                if (part.has(JPA + "Transient")) continue;
                List<JpaDefault> partDefaults = new ArrayList<>();
                parts.add(attribute(part, partDefaults, depth + 1));
                partDefaults.forEach(d -> defaults.add(new JpaDefault(m.name() + "." + d.attribute(), d.property(), d.value(), d.rule())));
            }
        }
        parts.sort(Comparator.comparing(Attribute::name));
        return new Embedded(embeddableClass, emptyToNull(m.param(HIBERNATE + "EmbeddedColumnNaming", "value")), List.copyOf(parts));
    }

    private static ElementCollection elementCollection(MemberFacts m, List<JpaDefault> defaults) {
        String fetch = m.param(JPA + "ElementCollection", "fetch");
        if (fetch == null) {
            fetch = "LAZY";
            defaults.add(new JpaDefault(m.name(), "fetch", fetch, "JPA default of @ElementCollection"));
        }
        return new ElementCollection(null, JavaTypes.simplify(elementType(m.type())), null, List.of(), null, List.of(), List.of(),
                orderBy(m), emptyToNull(m.param(JPA + "OrderColumn", "name")), List.of(), fetch,
                m.param(JPA + "ElementCollection", "fetch") != null);
    }

    /** {@code @OrderBy} without a value orders by the target's primary key (JPA); that is named, not resolved. */
    private static String orderBy(MemberFacts m) {
        if (!m.has(JPA + "OrderBy")) return null;
        String value = m.param(JPA + "OrderBy", "value");
        return value == null || value.isEmpty() ? "(primary key of the target, JPA default of @OrderBy)" : value;
    }

    private Identifier identifier(List<ClassFacts> hierarchy, MemberFacts id, List<JpaDefault> defaults) {
        String idClass = hierarchy.stream().map(c -> emptyToNull(c.param(JPA + "IdClass", "value"))).filter(v -> v != null).findFirst().orElse(null);
        if (id == null && idClass == null) return null;
        IdGeneration generation = generation(hierarchy, id, defaults);
        if (idClass != null) {
            return new Identifier("idClass", null, null, idClass, List.of(), List.of(), List.of(), generation);
        }
        String kind = id.has(JPA + "EmbeddedId") ? "embeddedId" : "simple";
        return new Identifier(kind, id.name(), JavaTypes.simplify(id.type()), null, List.of(), List.of(), List.of(), generation);
    }

    private static IdGeneration generation(List<ClassFacts> hierarchy, MemberFacts id, List<JpaDefault> defaults) {
        if (id != null) {
            for (String annotation : id.annotations().keySet()) {
                // Hibernate's own generator annotations (@UuidGenerator, @GenericGenerator, ...) generate without @GeneratedValue
                if (annotation.startsWith(HIBERNATE) && annotation.endsWith("Generator") && !id.has(JPA + "GeneratedValue")) {
                    String simple = annotation.substring(HIBERNATE.length());
                    return new IdGeneration(simple, "Hibernate, by @" + simple + " as declared", null, null, null, null, null, Provenance.annotation);
                }
            }
        }
        if (id == null || !id.has(JPA + "GeneratedValue")) {
            return new IdGeneration("ASSIGNED", "the application: no @GeneratedValue is declared", null, null, null, null, null, Provenance.annotation);
        }
        String strategy = id.param(JPA + "GeneratedValue", "strategy");
        if (strategy == null) {
            strategy = "AUTO";
            defaults.add(new JpaDefault(id.name(), "generation", "AUTO", "JPA default of @GeneratedValue"));
        }
        String generator = emptyToNull(id.param(JPA + "GeneratedValue", "generator"));
        String sequence = null;
        String table = null;
        Integer increment = null;
        Integer initial = null;
        // a generator is declared on the id or on a class of the hierarchy
        List<Map<String, String>> places = new ArrayList<>();
        places.add(id.annotations().get(JPA + "SequenceGenerator"));
        places.add(id.annotations().get(JPA + "TableGenerator"));
        for (ClassFacts c : hierarchy) {
            places.add(c.annotations().get(JPA + "SequenceGenerator"));
            places.add(c.annotations().get(JPA + "TableGenerator"));
        }
        for (Map<String, String> g : places) {
            if (g == null || generator != null && g.get("name") != null && !generator.equals(g.get("name"))) continue;
            if (sequence == null) sequence = emptyToNull(g.get("sequenceName"));
            if (table == null) table = emptyToNull(g.get("table"));
            if (increment == null && g.get("allocationSize") != null) increment = Integer.valueOf(g.get("allocationSize"));
            if (initial == null && g.get("initialValue") != null) initial = Integer.valueOf(g.get("initialValue"));
        }
        String assignedBy = switch (strategy) {
            case "IDENTITY" -> "the database on insert (an identity column, as declared)";
            case "SEQUENCE" -> "a database sequence, as declared";
            case "TABLE" -> "a generator table, as declared";
            case "UUID" -> "Hibernate (a random UUID, as declared)";
            default -> "a generator Hibernate chooses at boot for the id type and dialect; not known, since this entity did not boot";
        };
        return new IdGeneration(strategy, assignedBy, generator, sequence, table, increment, initial, Provenance.annotation);
    }

    private Inheritance inheritance(ClassFacts facts, List<JpaDefault> defaults) {
        String parent = null;
        String root = facts.name();
        for (ClassFacts c = superclass(facts); c != null; c = superclass(c)) {
            if (!isEntity(c.name())) continue;
            if (parent == null) parent = c.name();
            root = c.name();
        }
        List<String> subclasses = scan.classes().values().stream()
                .filter(c -> facts.name().equals(c.superclass()) && isEntity(c.name())).map(c -> entityName(c.name())).sorted().toList();
        if (parent == null && subclasses.isEmpty()) return null;
        ClassFacts rootFacts = scan.classes().get(root);
        String strategy = rootFacts == null ? null : rootFacts.param(JPA + "Inheritance", "strategy");
        if (strategy == null) {
            strategy = "SINGLE_TABLE";
            defaults.add(new JpaDefault(null, "inheritance", strategy, "JPA default: no @Inheritance(strategy) on the root "
                    + entityName(root)));
        }
        return new Inheritance(strategy, entityName(root), parent == null ? null : entityName(parent), subclasses, null,
                emptyToNull(facts.param(JPA + "DiscriminatorValue", "value")), List.of());
    }

    /** The mapping annotations as the bytecode writes them: JPA's by simple name, others by full name. */
    private static List<DeclaredAnnotation> declaredAnnotations(MemberFacts m) {
        List<DeclaredAnnotation> declared = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> a : m.annotations().entrySet()) {
            String name = a.getKey().startsWith(JPA) ? a.getKey().substring(JPA.length()) : a.getKey();
            List<DeclaredAnnotation.Value> values = new ArrayList<>();
            a.getValue().forEach((k, v) -> values.add(new DeclaredAnnotation.Value(k, v)));
            declared.add(new DeclaredAnnotation(name, List.copyOf(values)));
        }
        declared.sort(Comparator.comparing(DeclaredAnnotation::name));
        return List.copyOf(declared);
    }

    /** {@code java.util.List<p.Jar>} → {@code java.util.List}. */
    static String raw(String type) {
        if (type == null) return null;
        int lt = type.indexOf('<');
        return (lt < 0 ? type : type.substring(0, lt)).trim();
    }

    /** The element of a collection type, the value of a map type: {@code Map<String, p.Jar>} → {@code p.Jar}. */
    static String elementType(String type) {
        if (type == null) return null;
        int lt = type.indexOf('<');
        int gt = type.lastIndexOf('>');
        if (lt < 0 || gt < lt) return type.endsWith("[]") ? type.substring(0, type.length() - 2) : null;
        List<String> arguments = splitTopLevel(type.substring(lt + 1, gt));
        String last = arguments.get(arguments.size() - 1).trim().replaceFirst("^\\?\\s+extends\\s+", "");
        return raw(last);
    }

    private static List<String> splitTopLevel(String arguments) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '<') depth++;
            else if (c == '>') depth--;
            else if (c == ',' && depth == 0) {
                parts.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(arguments.substring(start));
        return parts;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty() ? List.of() : List.of(commaSeparated.split(","));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Hibernate's own expansion of declared cascade types (ALL, orphan removal) through its cascade styles. */
    static final class HibernateCascade {

        private HibernateCascade() {
        }

        static List<String> operations(List<String> jpa, List<String> hibernate, boolean orphanRemoval) {
            EnumSet<org.hibernate.annotations.CascadeType> types = EnumSet.noneOf(org.hibernate.annotations.CascadeType.class);
            try {
                for (String t : jpa) types.add(org.hibernate.annotations.CascadeType.valueOf(t));
                for (String t : hibernate) types.add(org.hibernate.annotations.CascadeType.valueOf(t));
            } catch (IllegalArgumentException e) {
                return List.of(); // a cascade type this Hibernate does not know: nothing is stated
            }
            if (orphanRemoval) types.add(org.hibernate.annotations.CascadeType.DELETE_ORPHAN);
            if (types.isEmpty()) return List.of();
            String rendered = org.hibernate.boot.model.internal.BinderHelper.renderCascadeTypeList(types);
            Map<String, org.hibernate.engine.spi.CascadeStyle> styles = new LinkedHashMap<>();
            for (String token : rendered.split(",")) {
                if (!token.isBlank()) styles.put(token.trim(), org.hibernate.engine.spi.CascadeStyles.getCascadeStyle(token.trim()));
            }
            List<String> operations = new ArrayList<>();
            add(operations, styles, org.hibernate.engine.spi.CascadingActions.EVICT, "DETACH");
            add(operations, styles, org.hibernate.engine.spi.CascadingActions.LOCK, "LOCK");
            add(operations, styles, org.hibernate.engine.spi.CascadingActions.MERGE, "MERGE");
            add(operations, styles, org.hibernate.engine.spi.CascadingActions.PERSIST, "PERSIST");
            add(operations, styles, org.hibernate.engine.spi.CascadingActions.REFRESH, "REFRESH");
            add(operations, styles, org.hibernate.engine.spi.CascadingActions.REMOVE, "REMOVE");
            return List.copyOf(operations);
        }

        private static void add(List<String> operations, Map<String, org.hibernate.engine.spi.CascadeStyle> styles,
                                org.hibernate.engine.spi.CascadingAction<?> action, String name) {
            if (styles.values().stream().anyMatch(s -> s.doCascade(action))) operations.add(name);
        }
    }
}
