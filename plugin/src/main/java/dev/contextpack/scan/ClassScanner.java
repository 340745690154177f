package dev.contextpack.scan;

import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationEnumValue;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.AnnotationParameterValue;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the module's compiled classes with ClassGraph. Nothing is loaded or initialised here:
 * ClassGraph parses the class files, so no static initializer of the project runs in this pass.
 */
public final class ClassScanner {

    private static final String JPA = "jakarta.persistence.";
    private static final String JAVAX_JPA = "javax.persistence.";
    private static final String HIBERNATE_ANNOTATIONS = "org.hibernate.annotations.";
    /** JPA lifecycle events in the order an entity goes through them. */
    public static final List<String> CALLBACKS = List.of("PrePersist", "PostPersist", "PreUpdate", "PostUpdate",
            "PreRemove", "PostRemove", "PostLoad");
    private static final List<String> NAMING_TYPES = List.of(
            "org.hibernate.boot.model.naming.PhysicalNamingStrategy",
            "org.hibernate.boot.model.naming.ImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.HibernatePropertiesCustomizer",
            "org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer",
            "org.springframework.boot.jpa.autoconfigure.HibernatePropertiesCustomizer");

    private final Predicate<String> hibernateKnows;

    /** @param hibernateKnows tells whether the Hibernate that builds the model has an annotation type */
    public ClassScanner(Predicate<String> hibernateKnows) {
        this.hibernateKnows = hibernateKnows;
    }

    public ScanResult scan(Path classesDirectory, List<String> packages) {
        if (!Files.isDirectory(classesDirectory)) {
            throw new ScanException("No compiled classes at " + classesDirectory
                    + ": run the goal after compilation (it binds to process-classes by default).");
        }
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(classesDirectory.toString())
                .enableClassInfo().enableFieldInfo().enableMethodInfo().enableAnnotationInfo()
                .ignoreClassVisibility().ignoreFieldVisibility().ignoreMethodVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        XmlMappings xml = XmlMappings.read(classesDirectory);
        try (io.github.classgraph.ScanResult result = graph.scan()) {
            checkClassVersions(result);
            checkUnreadableClassFiles(classesDirectory, packages, result);
            SortedSet<String> entities = names(result, JPA + "Entity");
            SortedSet<String> mappedSuperclasses = names(result, JPA + "MappedSuperclass");
            SortedSet<String> embeddables = names(result, JPA + "Embeddable");
            SortedSet<String> converters = names(result, JPA + "Converter");
            SortedSet<String> autoApply = new TreeSet<>();
            for (String converter : converters) {
                AnnotationInfo info = result.getClassInfo(converter).getAnnotationInfo(JPA + "Converter");
                Object value = info.getParameterValues().getValue("autoApply");
                if (Boolean.TRUE.equals(value)) autoApply.add(converter);
            }
            SortedSet<String> xmlEntities = new TreeSet<>(xml.entities());
            xmlEntities.removeAll(entities);
            // the packages filter applies to entities declared in XML too
            xmlEntities.removeIf(name -> !packages.isEmpty() && packages.stream().noneMatch(p -> name.startsWith(p + ".")));
            Map<String, ClassFacts> classes = new TreeMap<>();
            for (ClassInfo info : result.getAllClasses()) {
                classes.put(info.getName(), facts(info));
            }
            List<ScanResult.UnknownAnnotation> unknown = unknownHibernateAnnotations(classes,
                    union(entities, mappedSuperclasses, embeddables, xmlEntities));
            // XML that declares only entities outside the packages filter is left out with them
            List<String> mappingFiles = !packages.isEmpty() && !xml.entities().isEmpty() && xmlEntities.isEmpty()
                    ? List.of() : xml.mappingFiles();
            return new ScanResult(entities, mappedSuperclasses, embeddables, converters, autoApply,
                    mappingFiles, xmlEntities, xml.persistenceUnits(), namingBeans(result), classes, unknown,
                    mappingFiles.isEmpty() ? List.of() : xml.defaultListeners(),
                    mappingFiles.isEmpty() ? Map.of() : xml.listenerMethods());
        }
    }

    /**
     * Entity listeners that live outside the module (Spring Data's AuditingEntityListener, a shared
     * library's listener): their callback methods are read from the project's class path, still
     * without loading them.
     */
    public ScanResult withListenersFrom(ScanResult scan, List<Path> classpath) {
        java.util.Set<String> wanted = new TreeSet<>(scan.defaultListeners());
        for (ClassFacts facts : scan.classes().values()) {
            String listeners = facts.param(JPA + "EntityListeners", "value");
            if (listeners != null && !listeners.isEmpty()) wanted.addAll(List.of(listeners.split(",")));
        }
        wanted.removeAll(scan.classes().keySet());
        if (wanted.isEmpty()) return scan;
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(classpath.stream().map(Path::toString).toList())
                .enableClassInfo().enableFieldInfo().enableMethodInfo().enableAnnotationInfo()
                .ignoreClassVisibility().ignoreFieldVisibility().ignoreMethodVisibility()
                .acceptClasses(wanted.toArray(String[]::new));
        Map<String, ClassFacts> classes = new TreeMap<>(scan.classes());
        try (io.github.classgraph.ScanResult result = graph.scan()) {
            for (ClassInfo info : result.getAllClasses()) {
                if (wanted.contains(info.getName())) classes.put(info.getName(), facts(info));
            }
        }
        return new ScanResult(scan.entities(), scan.mappedSuperclasses(), scan.embeddables(), scan.converters(), scan.autoApplyConverters(),
                scan.mappingFiles(), scan.xmlEntities(), scan.persistenceUnits(), scan.namingStrategyBeans(), Collections.unmodifiableMap(classes),
                scan.unknownHibernateAnnotations(), scan.defaultListeners(), scan.xmlListenerMethods());
    }

    /**
     * ClassGraph skips a class file it cannot parse without a word: an entity would vanish from the
     * pack. Every class file it did not return is parsed again here, and one that does not parse
     * (truncated, corrupt) stops the scan with its path.
     */
    private static void checkUnreadableClassFiles(Path classesDirectory, List<String> packages, io.github.classgraph.ScanResult result) {
        List<Path> files;
        try (java.util.stream.Stream<Path> all = Files.walk(classesDirectory)) {
            files = all.filter(p -> p.getFileName().toString().endsWith(".class") && Files.isRegularFile(p)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new ScanException("Cannot read the compiled classes in " + classesDirectory + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            String relative = classesDirectory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            if (relative.startsWith("META-INF/") || relative.endsWith("module-info.class") || relative.endsWith("package-info.class")) continue;
            String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
            if (!packages.isEmpty() && packages.stream().noneMatch(p -> name.startsWith(p + "."))) continue;
            if (result.getClassInfo(name) != null) continue;
            try {
                new org.objectweb.asm.ClassReader(Files.readAllBytes(file)).accept(new org.objectweb.asm.ClassVisitor(org.objectweb.asm.Opcodes.ASM9) { }, 0);
            } catch (java.io.IOException | RuntimeException e) {
                throw new ScanException("The class file " + relative + " in " + classesDirectory + " is truncated or corrupt (" + e
                        + "), so class " + name + " cannot be read. Rebuild the module from clean (mvn clean process-classes);"
                        + " if the file is produced by a tool in your build, check that tool.", e);
            }
        }
    }

    private static void checkClassVersions(io.github.classgraph.ScanResult result) {
        int runtimeMajor = 44 + Runtime.version().feature();
        for (ClassInfo info : result.getAllClasses()) {
            int major = info.getClassfileMajorVersion();
            if (major > runtimeMajor) {
                throw new ScanException("Class " + info.getName() + " is compiled for Java " + (major - 44)
                        + " (class file version " + major + ") but Maven runs on Java " + Runtime.version().feature()
                        + ". Run Maven with JDK " + (major - 44) + " or newer (set JAVA_HOME), or compile with a lower --release.");
            }
        }
    }

    private static SortedSet<String> names(io.github.classgraph.ScanResult result, String annotation) {
        return result.getClassesWithAnnotation(annotation).stream()
                .filter(c -> !c.isAnnotation())
                .map(ClassInfo::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @SafeVarargs
    private static SortedSet<String> union(SortedSet<String>... sets) {
        SortedSet<String> all = new TreeSet<>();
        for (SortedSet<String> set : sets) all.addAll(set);
        return all;
    }

    /** Classes that replace Spring Boot's naming strategies in code, where no settings file shows it. */
    private static SortedSet<String> namingBeans(io.github.classgraph.ScanResult result) {
        SortedSet<String> found = new TreeSet<>();
        for (ClassInfo info : result.getAllClasses()) {
            for (String type : NAMING_TYPES) {
                if (info.getInterfaces().getNames().contains(type)) found.add(info.getName());
            }
            // the usual customisation extends one of Hibernate's or Spring's strategies
            for (String superclass : info.getSuperclasses().getNames()) {
                if (superclass.startsWith("org.hibernate.boot.model.naming.") || superclass.endsWith("NamingStrategy")) {
                    found.add(info.getName());
                }
            }
            for (MethodInfo method : info.getDeclaredMethodInfo()) {
                if (method.hasAnnotation("org.springframework.context.annotation.Bean")) {
                    String returned = method.getTypeDescriptor().getResultType().toString();
                    if (NAMING_TYPES.stream().anyMatch(returned::contains)) {
                        found.add(info.getName() + "." + method.getName() + "()");
                    }
                }
            }
        }
        return found;
    }

    private static ClassFacts facts(ClassInfo info) {
        Map<String, MemberFacts> fields = new LinkedHashMap<>();
        for (FieldInfo field : info.getDeclaredFieldInfo()) {
            if (field.isStatic() || field.isTransient() || field.isSynthetic()) continue; // never persistent
            fields.put(field.getName(), new MemberFacts(field.getName(), info.getName(),
                    withoutTypeAnnotations(field.getTypeSignatureOrTypeDescriptor().toString()), annotations(field.getAnnotationInfo())));
        }
        Map<String, MemberFacts> getters = new LinkedHashMap<>();
        Map<String, List<String>> callbacks = new TreeMap<>();
        for (MethodInfo method : info.getDeclaredMethodInfo()) {
            List<String> events = new ArrayList<>();
            for (String event : CALLBACKS) {
                // a listener in a javax.persistence jar (Spring Data JPA 2's AuditingEntityListener) is read from its bytecode
                if (method.hasAnnotation(JPA + event) || method.hasAnnotation(JAVAX_JPA + event)) events.add(event);
            }
            if (!events.isEmpty()) callbacks.put(method.getName(), List.copyOf(events));
            String property = propertyName(method);
            if (property != null && !method.getAnnotationInfo().isEmpty()) {
                getters.put(property, new MemberFacts(property, info.getName(),
                        withoutTypeAnnotations(method.getTypeSignatureOrTypeDescriptor().getResultType().toString()),
                        annotations(method.getAnnotationInfo())));
            }
        }
        ClassInfo superclass = info.getSuperclass();
        return new ClassFacts(info.getName(), superclass == null ? null : superclass.getName(), info.isAbstract(),
                info.getClassfileMajorVersion(),
                annotations(info.getAnnotationInfo()), Collections.unmodifiableMap(fields), Collections.unmodifiableMap(getters),
                Collections.unmodifiableMap(callbacks), declaresEqualsAndHashCode(info));
    }

    private static boolean declaresEqualsAndHashCode(ClassInfo info) {
        boolean equals = info.getDeclaredMethodInfo("equals").stream()
                .anyMatch(m -> m.getParameterInfo().length == 1 && m.getTypeDescriptor().toString().contains("java.lang.Object"));
        boolean hashCode = info.getDeclaredMethodInfo("hashCode").stream().anyMatch(m -> m.getParameterInfo().length == 0);
        return equals && hashCode;
    }

    /**
     * Bean Validation constraints are TYPE_USE annotations, and ClassGraph writes them into the type
     * ({@code @NotBlank String}); the pack states the Java type alone.
     */
    static String withoutTypeAnnotations(String type) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < type.length()) {
            char c = type.charAt(i);
            if (c != '@') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            while (i < type.length() && (Character.isJavaIdentifierPart(type.charAt(i)) || type.charAt(i) == '.')) i++;
            if (i < type.length() && type.charAt(i) == '(') {
                int depth = 0;
                boolean quoted = false;
                for (; i < type.length(); i++) {
                    char d = type.charAt(i);
                    if (d == '"' && type.charAt(i - 1) != '\\') quoted = !quoted;
                    if (quoted) continue;
                    if (d == '(') depth++;
                    if (d == ')' && --depth == 0) {
                        i++;
                        break;
                    }
                }
            }
            while (i < type.length() && type.charAt(i) == ' ') i++;
        }
        return out.toString().trim();
    }

    private static String propertyName(MethodInfo method) {
        if (method.getParameterInfo().length != 0 || method.isStatic()) return null;
        String name = method.getName();
        String rest = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : null;
        if (rest == null || rest.isEmpty()) return null;
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static Map<String, Map<String, String>> annotations(AnnotationInfoList list) {
        Map<String, Map<String, String>> annotations = new TreeMap<>();
        for (AnnotationInfo annotation : list) {
            Map<String, String> params = new TreeMap<>();
            for (AnnotationParameterValue value : annotation.getParameterValues(false)) {
                params.put(value.getName(), render(value.getValue()));
            }
            annotations.put(annotation.getName(), Collections.unmodifiableMap(params));
        }
        return Collections.unmodifiableMap(annotations);
    }

    static String render(Object value) {
        if (value instanceof AnnotationEnumValue e) return e.getValueName();
        if (value instanceof AnnotationClassRef c) return c.getName();
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(ClassScanner::render).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    private List<ScanResult.UnknownAnnotation> unknownHibernateAnnotations(Map<String, ClassFacts> classes,
                                                                           SortedSet<String> mapped) {
        List<ScanResult.UnknownAnnotation> unknown = new ArrayList<>();
        for (String name : mapped) {
            ClassFacts facts = classes.get(name);
            if (facts == null) continue;
            for (String annotation : facts.annotations().keySet()) {
                if (annotation.startsWith(HIBERNATE_ANNOTATIONS) && !hibernateKnows.test(annotation)) {
                    unknown.add(new ScanResult.UnknownAnnotation(annotation, name, null));
                }
            }
            List<MemberFacts> members = new ArrayList<>(facts.fields().values());
            members.addAll(facts.getters().values());
            for (MemberFacts member : members) {
                for (String annotation : member.annotations().keySet()) {
                    if (annotation.startsWith(HIBERNATE_ANNOTATIONS) && !hibernateKnows.test(annotation)) {
                        unknown.add(new ScanResult.UnknownAnnotation(annotation, name, member.name()));
                    }
                }
            }
        }
        return unknown;
    }
}
