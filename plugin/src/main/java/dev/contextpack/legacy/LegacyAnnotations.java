package dev.contextpack.legacy;

import dev.contextpack.model.Finding;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.AnnotationParameterValue;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.PackageInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the Hibernate annotations of the module's original class files (before any mapping to
 * jakarta) that the plugin's Hibernate 7 cannot apply as written: annotations of Hibernate 5 or 6
 * that are gone, or whose members changed. Reflection would drop them without a word; ClassGraph
 * reads them from the bytecode, so each is reported by name with its values.
 */
public final class LegacyAnnotations {

    private static final String HIBERNATE_ANNOTATIONS = "org.hibernate.annotations.";

    /** What Hibernate 7 has instead, for the annotations Hibernate 5 applications use most. */
    private static final Map<String, String> INSTEAD = Map.ofEntries(
            Map.entry("Type", "Hibernate 7's @Type takes a UserType class (@Type(MyUserType.class)); a basic type named by a string becomes"
                    + " an AttributeConverter (yes_no: @Convert(converter = YesNoConverter.class), true_false: TrueFalseConverter,"
                    + " numeric_boolean: NumericBooleanConverter) or @JdbcTypeCode"),
            Map.entry("TypeDef", "name the UserType class in @Type, or register it with @TypeRegistration / @JavaTypeRegistration / @JdbcTypeRegistration"),
            Map.entry("TypeDefs", "name the UserType class in @Type, or register it with @TypeRegistration / @JavaTypeRegistration / @JdbcTypeRegistration"),
            Map.entry("Where", "@SQLRestriction with the same clause"),
            Map.entry("WhereJoinTable", "@SQLJoinTableRestriction with the same clause"),
            Map.entry("LazyToOne", "fetch = LAZY on the association (with bytecode enhancement the attribute loads lazily without a proxy); FALSE is fetch = EAGER"),
            Map.entry("LazyCollection", "fetch = LAZY or EAGER on the association; EXTRA has no replacement: size() and contains() initialise the collection"),
            Map.entry("Loader", "@SQLSelect or @HQLSelect"),
            Map.entry("IndexColumn", "@OrderColumn (with @ListIndexBase for a base other than 0)"),
            Map.entry("ForeignKey", "foreignKey = @jakarta.persistence.ForeignKey(name = ...) on @JoinColumn, @JoinTable or @CollectionTable"),
            Map.entry("Proxy", "@ConcreteProxy for proxies of the concrete subclass; lazy = false has no replacement (map the associations with fetch = EAGER)"),
            Map.entry("Target", "@TargetEmbeddable, or targetEntity on the association"),
            Map.entry("Entity", "separate annotations: @DynamicInsert, @DynamicUpdate, @OptimisticLocking, @Immutable"),
            Map.entry("Table", "@Comment, @jakarta.persistence.Table(indexes = ...), @SQLInsert / @SQLUpdate / @SQLDelete, @SecondaryRow"),
            Map.entry("Tables", "@Comment, @jakarta.persistence.Table(indexes = ...), @SQLInsert / @SQLUpdate / @SQLDelete, @SecondaryRow"),
            Map.entry("Polymorphism", "nothing: explicit polymorphism is gone, a query of a supertype always returns its subtypes"),
            Map.entry("SelectBeforeUpdate", "nothing: no annotation replaces it"),
            Map.entry("Persister", "nothing: custom persisters are not supported"),
            Map.entry("Tuplizer", "@Instantiator / @EmbeddableInstantiator"),
            Map.entry("Sort", "@SortNatural or @SortComparator"),
            Map.entry("Index", "@jakarta.persistence.Table(indexes = @Index(...))"),
            Map.entry("Columns", "@JoinColumns, or an @Embeddable / CompositeUserType"),
            Map.entry("AnyMetaDef", "@AnyDiscriminator, @AnyDiscriminatorValue and @AnyKeyJavaClass on the @Any attribute"),
            Map.entry("CollectionType", "Hibernate 7's @CollectionType takes a UserCollectionType class (type = MyType.class)"),
            Map.entry("ParamDef", "Hibernate 7's @ParamDef takes a Java class as its type (type = String.class)"),
            Map.entry("FilterDef", "Hibernate 7's @ParamDef takes a Java class as its type (type = String.class)"));

    /**
     * Hibernate 5's named boolean types and the converters Hibernate 7 has for exactly them (Hibernate 6's
     * migration guide maps each to its converter): the converted classes carry the converter, so Hibernate 7
     * verifies the column as the application stores it.
     */
    static final Map<String, String> NAMED_BOOLEAN_TYPES = Map.of(
            "yes_no", "org.hibernate.type.YesNoConverter",
            "true_false", "org.hibernate.type.TrueFalseConverter",
            "numeric_boolean", "org.hibernate.type.NumericBooleanConverter");

    private LegacyAnnotations() {
    }

    /**
     * What the module's classes hold for a legacy reading.
     *
     * @param annotations the Hibernate annotations Hibernate 7 cannot apply as written, sorted
     * @param javax whether a class carries a {@code javax.persistence} annotation, or persistence.xml/orm.xml names that API
     */
    public record Found(List<LegacyAnnotation> annotations, boolean javax, List<InheritanceMove> moves, List<IgnoredTable> ignoredTables) {

        public Found(List<LegacyAnnotation> annotations, boolean javax) {
            this(annotations, javax, List.of(), List.of());
        }
    }

    /**
     * {@code @Table} on a {@code @MappedSuperclass}: Hibernate 7 rejects it, Hibernate 5 ignores it (measured on 5.6.15:
     * the entities below keep their own table names and get none of its unique constraints). The converted classes
     * leave it out, which is Hibernate 5's reading.
     *
     * @param annotation {@code javax.persistence.Table} or {@code jakarta.persistence.Table}, as compiled
     * @param name the table it names
     */
    public record IgnoredTable(String mappedSuperclass, String annotation, String name) {
    }

    /**
     * {@code @Inheritance} on a {@code @MappedSuperclass}: Hibernate 7 rejects it there, Hibernate 5 applies it to the
     * entity hierarchies below (measured on 5.6.15: TABLE_PER_CLASS makes their subclasses union subclasses). The
     * converted classes carry it on those root entities instead, so Hibernate 7 verifies Hibernate 5's reading.
     *
     * @param mappedSuperclass the class that declares it
     * @param annotation {@code javax.persistence.Inheritance} or {@code jakarta.persistence.Inheritance}, as compiled
     * @param strategy the strategy it names
     * @param roots the root entities below it that do not declare their own
     */
    public record InheritanceMove(String mappedSuperclass, String annotation, String strategy, List<String> roots) {
    }

    /**
     * @param classesDirectory the module's compiled classes, as the compiler wrote them
     * @param packages the plugin's packages filter; empty: all
     * @param hibernate the class loader with the Hibernate that builds the model
     */
    public static Found read(Path classesDirectory, List<String> packages, ClassLoader hibernate) {
        if (!Files.isDirectory(classesDirectory)) return new Found(List.of(), false);
        AnnotationCompatibility compatibility = new AnnotationCompatibility(hibernate);
        ClassGraph graph = new ClassGraph().overrideClasspath(classesDirectory.toString())
                .enableClassInfo().enableFieldInfo().enableMethodInfo().enableAnnotationInfo()
                .ignoreClassVisibility().ignoreFieldVisibility().ignoreMethodVisibility();
        if (!packages.isEmpty()) graph.acceptPackages(packages.toArray(String[]::new));
        List<LegacyAnnotation> found = new ArrayList<>();
        boolean javax = javaxXml(classesDirectory);
        List<InheritanceMove> moves;
        List<IgnoredTable> ignoredTables;
        try (io.github.classgraph.ScanResult result = graph.scan()) {
            for (ClassInfo info : result.getAllClasses()) {
                javax = javax || usesJavax(info);
                collect(info.getName(), null, "", info.getAnnotationInfo(), compatibility, found);
                for (FieldInfo field : info.getDeclaredFieldInfo()) {
                    collect(info.getName(), field.getName(), "f:" + field.getName(), field.getAnnotationInfo(), compatibility, found);
                }
                for (MethodInfo method : info.getDeclaredMethodInfo()) {
                    collect(info.getName(), property(method), "m:" + method.getName() + method.getTypeDescriptorStr(),
                            method.getAnnotationInfo(), compatibility, found);
                }
            }
            moves = inheritanceMoves(result);
            ignoredTables = ignoredTables(result);
            for (PackageInfo pkg : result.getPackageInfo()) {
                collect(pkg.getName() + ".package-info", null, "", pkg.getAnnotationInfo(), compatibility, found);
            }
        }
        found.sort(Comparator.comparing(LegacyAnnotation::className).thenComparing(a -> a.member() == null ? "" : a.member())
                .thenComparing(LegacyAnnotation::annotation));
        return new Found(List.copyOf(found), javax, moves, ignoredTables);
    }

    /** The {@code @Inheritance} annotations of mapped superclasses, with the root entities that get them instead. */
    private static List<InheritanceMove> inheritanceMoves(io.github.classgraph.ScanResult result) {
        List<InheritanceMove> moves = new ArrayList<>();
        for (ClassInfo info : result.getAllClasses()) {
            AnnotationInfo inheritance = jpa(info, "Inheritance");
            if (jpa(info, "MappedSuperclass") == null || inheritance == null) continue;
            Object strategy = inheritance.getParameterValues().getValue("strategy");
            String name = strategy instanceof io.github.classgraph.AnnotationEnumValue e ? e.getValueName() : "SINGLE_TABLE";
            List<String> roots = new ArrayList<>();
            for (ClassInfo sub : info.getSubclasses()) {
                if (jpa(sub, "Entity") == null || jpa(sub, "Inheritance") != null) continue;
                boolean root = true;
                for (ClassInfo above = sub.getSuperclass(); above != null && !above.getName().equals(info.getName()); above = above.getSuperclass()) {
                    root &= jpa(above, "Entity") == null;
                }
                if (root) roots.add(sub.getName());
            }
            java.util.Collections.sort(roots);
            moves.add(new InheritanceMove(info.getName(), inheritance.getName(), name, List.copyOf(roots)));
        }
        moves.sort(Comparator.comparing(InheritanceMove::mappedSuperclass));
        return List.copyOf(moves);
    }

    private static List<IgnoredTable> ignoredTables(io.github.classgraph.ScanResult result) {
        List<IgnoredTable> tables = new ArrayList<>();
        for (ClassInfo info : result.getAllClasses()) {
            AnnotationInfo table = jpa(info, "Table");
            if (jpa(info, "MappedSuperclass") == null || table == null) continue;
            Object name = table.getParameterValues(false).getValue("name");
            tables.add(new IgnoredTable(info.getName(), table.getName(), name == null ? "" : name.toString()));
        }
        tables.sort(Comparator.comparing(IgnoredTable::mappedSuperclass));
        return List.copyOf(tables);
    }

    private static AnnotationInfo jpa(ClassInfo info, String simple) {
        AnnotationInfo jakarta = info.getAnnotationInfo("jakarta.persistence." + simple);
        return jakarta != null ? jakarta : info.getAnnotationInfo("javax.persistence." + simple);
    }

    /** One {@code CP-LEGACY-MAPPING} finding per moved {@code @Inheritance} and per ignored {@code @Table}. */
    public static List<Finding> moveFindings(Found found) {
        List<Finding> findings = new ArrayList<>();
        for (IgnoredTable t : found.ignoredTables()) {
            findings.add(new Finding("CP-LEGACY-MAPPING", Finding.Severity.info, t.mappedSuperclass(), null,
                    "@Table" + (t.name().isEmpty() ? "" : "(name = \"" + t.name() + "\")") + " on this @MappedSuperclass (read from the bytecode,"
                            + " provenance: annotation): Hibernate ORM " + org.hibernate.Version.getVersionString() + " rejects it there; Hibernate 5"
                            + " ignores it (the entities below keep their own tables, without its constraints), so context-pack left it out and the"
                            + " verified facts reflect that. For Hibernate 6 or later, delete it or move it to the entities."));
        }
        findings.addAll(moveFindings(found.moves()));
        return findings;
    }

    static List<Finding> moveFindings(List<InheritanceMove> moves) {
        List<Finding> findings = new ArrayList<>();
        for (InheritanceMove m : moves) {
            findings.add(new Finding("CP-LEGACY-MAPPING", Finding.Severity.info, m.mappedSuperclass(), null,
                    "@Inheritance(strategy = " + m.strategy() + ") on this @MappedSuperclass (read from the bytecode, provenance: annotation):"
                            + " Hibernate ORM " + org.hibernate.Version.getVersionString() + " rejects it there; Hibernate 5 applies it to the entity"
                            + " hierarchies below" + (m.roots().isEmpty() ? ", and none is in this module" : ", so context-pack gave it to "
                            + String.join(", ", m.roots()) + " and the verified facts reflect that")
                            + ". For Hibernate 6 or later, move the annotation to the root entity."));
        }
        return findings;
    }

    private static boolean usesJavax(ClassInfo info) {
        if (isJavax(info.getAnnotationInfo())) return true;
        for (FieldInfo field : info.getDeclaredFieldInfo()) {
            if (isJavax(field.getAnnotationInfo())) return true;
        }
        for (MethodInfo method : info.getDeclaredMethodInfo()) {
            if (isJavax(method.getAnnotationInfo())) return true;
        }
        return false;
    }

    private static boolean isJavax(AnnotationInfoList annotations) {
        return annotations.stream().anyMatch(a -> a.getName().startsWith("javax.persistence."));
    }

    /** persistence.xml and orm.xml that name the javax API (properties, listener or converter classes of it). */
    private static boolean javaxXml(Path classesDirectory) {
        for (String file : List.of("META-INF/persistence.xml", "META-INF/orm.xml")) {
            Path xml = classesDirectory.resolve(file);
            try {
                if (Files.isRegularFile(xml) && JavaxPersistence.mentions(Files.readAllBytes(xml))) return true;
            } catch (java.io.IOException e) {
                return false; // unreadable: the scan reports the file
            }
        }
        return false;
    }

    /**
     * The annotations to take out of the converted classes, by class file path ({@code com/x/A.class}) and
     * {@code element@type}: those Hibernate 7 cannot read, and those it has an exact equivalent of, which replaces them
     * ({@link #NONE}: none).
     */
    public static Map<String, Map<String, LegacyAnnotation.Replacement>> unreadable(List<LegacyAnnotation> annotations) {
        Map<String, Map<String, LegacyAnnotation.Replacement>> strip = new TreeMap<>();
        for (LegacyAnnotation a : annotations) {
            if (a.verdict() != LegacyAnnotation.Verdict.UNREADABLE && a.appliedAs() == null) continue;
            strip.computeIfAbsent(a.className().replace('.', '/') + ".class", k -> new TreeMap<>())
                    .put(a.element() + "@" + a.annotation(), a.appliedAs() == null ? NONE : a.appliedAs());
        }
        return strip;
    }

    /** Left out without a replacement. */
    public static final LegacyAnnotation.Replacement NONE = new LegacyAnnotation.Replacement("", "", "", false);

    /**
     * One {@code CP-LEGACY-ANNOTATION} finding per annotation: its values, what Hibernate 7 makes of
     * it and what it has instead.
     *
     * @param projectVersion hibernate-core on the project's class path, or null
     */
    public static List<Finding> findings(List<LegacyAnnotation> annotations, String projectVersion) {
        String plugin = org.hibernate.Version.getVersionString();
        List<Finding> findings = new ArrayList<>();
        for (LegacyAnnotation a : annotations) {
            String simple = a.annotation().substring(a.annotation().lastIndexOf('.') + 1);
            String effect = switch (a.verdict()) {
                case REMOVED -> "Hibernate ORM " + plugin + " has no @" + simple
                        + (a.appliedAs() != null ? ", so context-pack gave Hibernate its exact equivalent, " + a.appliedAs().written() : ", so it ignores it");
                case UNREADABLE -> "Hibernate ORM " + plugin + "'s @" + simple + " has other members, so context-pack "
                        + (a.appliedAs() != null ? "gave Hibernate its exact equivalent, " + a.appliedAs().written() : "left it out of the boot");
                case CHANGED -> "Hibernate ORM " + plugin + "'s @" + simple + " has no member " + missingMembers(a) + ", so that value is ignored";
            };
            String instead = INSTEAD.get(simple);
            String under = projectVersion == null ? "" : " Your application runs Hibernate " + projectVersion + ", which applies it.";
            // with its exact equivalent applied, the pack's facts are the application's: a fact to know, not a gap
            Finding.Severity severity = a.appliedAs() != null ? Finding.Severity.info : Finding.Severity.warning;
            findings.add(new Finding("CP-LEGACY-ANNOTATION", severity, owner(a), a.member(),
                    a.written() + " (" + a.annotation() + ", read from the bytecode, provenance: annotation): " + effect
                            + (a.appliedAs() != null ? ", and the verified facts reflect that." : "; the verified facts of this pack do not reflect it." + under)
                            + (instead == null ? "" : " Hibernate 7 has instead: " + instead + ".")));
        }
        return findings;
    }

    /** A package-level annotation is reported on the package. */
    private static String owner(LegacyAnnotation a) {
        return a.className().endsWith(".package-info") ? a.className().substring(0, a.className().length() - ".package-info".length()) : a.className();
    }

    private static String missingMembers(LegacyAnnotation a) {
        return String.join(", ", a.ignored());
    }

    private static void collect(String className, String member, String element, AnnotationInfoList annotations,
                                AnnotationCompatibility compatibility, List<LegacyAnnotation> into) {
        for (AnnotationInfo info : annotations) {
            if (!info.getName().startsWith(HIBERNATE_ANNOTATIONS)) continue;
            LegacyAnnotation.Verdict verdict = compatibility.verdict(info);
            if (verdict == null) continue;
            Map<String, String> values = new TreeMap<>();
            for (AnnotationParameterValue value : info.getParameterValues(false)) values.put(value.getName(), render(value.getValue()));
            into.add(new LegacyAnnotation(className, member, element, info.getName(), Collections.unmodifiableMap(values), verdict,
                    verdict == LegacyAnnotation.Verdict.CHANGED ? compatibility.ignored(info) : List.of(), appliedAs(info, verdict)));
        }
    }

    /**
     * The exact Hibernate 7 equivalent, where the migration guides name one with the same meaning:
     * {@code @Type(type = "yes_no")} and the other named boolean types, {@code @Where} and {@code @WhereJoinTable}.
     */
    private static LegacyAnnotation.Replacement appliedAs(AnnotationInfo info, LegacyAnnotation.Verdict verdict) {
        if (verdict == LegacyAnnotation.Verdict.CHANGED || info.getParameterValues(false).size() != 1) return null;
        String simple = info.getName().substring(HIBERNATE_ANNOTATIONS.length());
        Object only = info.getParameterValues(false).get(0).getValue();
        String member = info.getParameterValues(false).get(0).getName();
        if (!(only instanceof String value)) return null;
        return switch (simple + "." + member) {
            case "Type.type" -> NAMED_BOOLEAN_TYPES.containsKey(value)
                    ? new LegacyAnnotation.Replacement("jakarta.persistence.Convert", "converter", NAMED_BOOLEAN_TYPES.get(value), true) : null;
            case "Where.clause" -> new LegacyAnnotation.Replacement(HIBERNATE_ANNOTATIONS + "SQLRestriction", "value", value, false);
            case "WhereJoinTable.clause" -> new LegacyAnnotation.Replacement(HIBERNATE_ANNOTATIONS + "SQLJoinTableRestriction", "value", value, false);
            default -> null;
        };
    }

    private static String render(Object value) {
        if (value instanceof String s) return '"' + s + '"';
        if (value instanceof io.github.classgraph.AnnotationEnumValue e) return e.getValueName();
        if (value instanceof io.github.classgraph.AnnotationClassRef c) return c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        if (value instanceof Object[] array) {
            List<String> parts = new ArrayList<>();
            for (Object element : array) parts.add(render(element));
            return parts.size() == 1 ? parts.get(0) : "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof AnnotationInfo nested) return nested.toString();
        return String.valueOf(value);
    }

    /** The property a getter maps, else the method as {@code name()}. */
    private static String property(MethodInfo method) {
        String name = method.getName();
        if (method.getParameterInfo().length == 0 && !method.isStatic()) {
            String rest = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : null;
            if (rest != null && !rest.isEmpty()) return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        }
        return name + "()";
    }
}
