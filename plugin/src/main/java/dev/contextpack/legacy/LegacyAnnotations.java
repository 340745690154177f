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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    private LegacyAnnotations() {
    }

    /**
     * @param classesDirectory the module's compiled classes, as the compiler wrote them
     * @param hibernate the class loader with the Hibernate that builds the model
     */
    public static List<LegacyAnnotation> read(Path classesDirectory, List<String> packages, ClassLoader hibernate) {
        if (!Files.isDirectory(classesDirectory)) return List.of();
        AnnotationCompatibility compatibility = new AnnotationCompatibility(hibernate);
        ClassGraph graph = new ClassGraph().overrideClasspath(classesDirectory.toString())
                .enableClassInfo().enableFieldInfo().enableMethodInfo().enableAnnotationInfo()
                .ignoreClassVisibility().ignoreFieldVisibility().ignoreMethodVisibility();
        if (!packages.isEmpty()) graph.acceptPackages(packages.toArray(String[]::new));
        List<LegacyAnnotation> found = new ArrayList<>();
        try (io.github.classgraph.ScanResult result = graph.scan()) {
            for (ClassInfo info : result.getAllClasses()) {
                collect(info.getName(), null, "", info.getAnnotationInfo(), compatibility, found);
                for (FieldInfo field : info.getDeclaredFieldInfo()) {
                    collect(info.getName(), field.getName(), "f:" + field.getName(), field.getAnnotationInfo(), compatibility, found);
                }
                for (MethodInfo method : info.getDeclaredMethodInfo()) {
                    collect(info.getName(), property(method), "m:" + method.getName() + method.getTypeDescriptorStr(),
                            method.getAnnotationInfo(), compatibility, found);
                }
            }
            for (PackageInfo pkg : result.getPackageInfo()) {
                collect(pkg.getName() + ".package-info", null, "", pkg.getAnnotationInfo(), compatibility, found);
            }
        }
        found.sort(Comparator.comparing(LegacyAnnotation::className).thenComparing(a -> a.member() == null ? "" : a.member())
                .thenComparing(LegacyAnnotation::annotation));
        return List.copyOf(found);
    }

    /** The elements of each class (by class file path) whose annotations Hibernate 7 cannot read, to leave out of the boot. */
    public static Map<String, Set<String>> unreadable(List<LegacyAnnotation> annotations) {
        Map<String, Set<String>> strip = new TreeMap<>();
        for (LegacyAnnotation a : annotations) {
            if (a.verdict() != LegacyAnnotation.Verdict.UNREADABLE) continue;
            strip.computeIfAbsent(a.className().replace('.', '/') + ".class", k -> new TreeSet<>())
                    .add(a.element() + "@" + a.annotation());
        }
        return strip;
    }

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
                case REMOVED -> "Hibernate ORM " + plugin + " has no @" + simple + ", so it ignores it";
                case UNREADABLE -> "Hibernate ORM " + plugin + "'s @" + simple + " has other members, so context-pack left it out of the boot";
                case CHANGED -> "Hibernate ORM " + plugin + "'s @" + simple + " has no member " + missingMembers(a) + ", so that value is ignored";
            };
            String instead = INSTEAD.get(simple);
            String under = projectVersion == null ? "" : " Your application runs Hibernate " + projectVersion + ", which applies it.";
            findings.add(new Finding("CP-LEGACY-ANNOTATION", dev.contextpack.model.Finding.Severity.warning, owner(a), a.member(),
                    a.written() + " (" + a.annotation() + ", read from the bytecode, provenance: annotation): " + effect
                            + "; the verified facts of this pack do not reflect it." + under
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
                    verdict == LegacyAnnotation.Verdict.CHANGED ? compatibility.ignored(info) : List.of()));
        }
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
