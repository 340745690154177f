package dev.contextpack.legacy;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The module's classes as the plugin's Hibernate 7 can read them. When they use {@code javax.persistence}
 * (a Hibernate 5 / Spring Boot 2 application) or carry Hibernate annotations that Hibernate 7 cannot
 * read, a converted copy of the classes directory is written to a temporary directory, removed on
 * {@link #close()}: {@code javax.persistence} mapped to {@code jakarta.persistence} in class files and
 * XML, the unreadable annotations left out. The project's directory is never written. Otherwise the
 * module's own directory is used as it is.
 */
public final class LegacyClasses implements AutoCloseable {

    private final Path original;
    private final Path converted;
    private final boolean javax;

    private LegacyClasses(Path original, Path converted, boolean javax) {
        this.original = original;
        this.converted = converted;
        this.javax = javax;
    }

    /** @param found what {@link LegacyAnnotations#read} found in the module's classes */
    public static LegacyClasses prepare(Path classesDirectory, LegacyAnnotations.Found found) {
        boolean javax = found.javax();
        Map<String, Map<String, LegacyAnnotation.Replacement>> strip = new java.util.TreeMap<>(LegacyAnnotations.unreadable(found.annotations()));
        Map<String, String> inheritance = new java.util.TreeMap<>();
        for (LegacyAnnotations.InheritanceMove move : found.moves()) {
            Map<String, LegacyAnnotation.Replacement> own = new java.util.TreeMap<>(strip.getOrDefault(file(move.mappedSuperclass()), Map.of()));
            own.put("@" + move.annotation(), LegacyAnnotations.NONE);
            strip.put(file(move.mappedSuperclass()), own);
            for (String root : move.roots()) inheritance.put(file(root), move.strategy());
        }
        for (LegacyAnnotations.IgnoredTable table : found.ignoredTables()) {
            Map<String, LegacyAnnotation.Replacement> own = new java.util.TreeMap<>(strip.getOrDefault(file(table.mappedSuperclass()), Map.of()));
            own.put("@" + table.annotation(), LegacyAnnotations.NONE);
            strip.put(file(table.mappedSuperclass()), own);
        }
        if (!Files.isDirectory(classesDirectory) || !javax && strip.isEmpty()) return new LegacyClasses(classesDirectory, null, false);
        List<Path> files = files(classesDirectory);
        Path converted;
        try {
            converted = Files.createTempDirectory("context-pack-classes-");
            for (Path file : files) {
                String relative = classesDirectory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                // other resources (images, data files) stay where they are: the module's directory follows the copy on the class path
                if (!relative.endsWith(".class") && !JavaxPersistence.isText(relative)) continue;
                Path target = converted.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.write(target, convert(relative, read(file), strip.getOrDefault(relative, Map.of()), inheritance.get(relative)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the converted copy of " + classesDirectory + " to a temporary directory: " + e.getMessage(), e);
        }
        return new LegacyClasses(classesDirectory, converted, javax);
    }

    /** The directory to scan and load the module's classes from. */
    public Path classesDirectory() {
        return converted == null ? original : converted;
    }

    /** Whether the module uses {@code javax.persistence}: its dependency jars are then converted as their classes load. */
    public boolean javax() {
        return javax;
    }

    /**
     * The class path with the converted copy in front of the module's classes directory: its classes and text
     * resources win, the resources it does not copy are found in the module's directory.
     */
    public List<Path> classpath(List<Path> classpath) {
        if (converted == null) return classpath;
        Path normal = original.toAbsolutePath().normalize();
        List<Path> replaced = new ArrayList<>();
        for (Path element : classpath) {
            if (element.toAbsolutePath().normalize().equals(normal)) replaced.add(converted);
            replaced.add(element);
        }
        return List.copyOf(replaced);
    }

    /** How the project class loader converts the classes of the dependency jars; null when nothing needs it. */
    public dev.contextpack.resolve.ProjectClassLoader.Transformer jarTransformer() {
        return javax ? JavaxPersistence::convertClass : null;
    }

    private static String file(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** @param inheritance a strategy to declare with {@code @Inheritance} on this class (a root entity), or null */
    static byte[] convert(String relative, byte[] bytes, Map<String, LegacyAnnotation.Replacement> strip, String inheritance) throws IOException {
        if (relative.endsWith(".class")) {
            byte[] stripped = strip.isEmpty() && inheritance == null ? bytes : strip(bytes, strip, inheritance);
            try {
                return JavaxPersistence.convertClass(relative, stripped);
            } catch (IOException | RuntimeException e) {
                return stripped; // not a class file the converter parses: the scan reports it with its path
            }
        }
        return JavaxPersistence.isText(relative) ? JavaxPersistence.convertText(relative, bytes) : bytes;
    }

    /**
     * The class without the annotations named {@code element@type}, each replaced by its Hibernate 7 equivalent
     * where there is one; nothing else changes.
     */
    static byte[] strip(byte[] bytes, Map<String, LegacyAnnotation.Replacement> strip, String inheritance) {
        ClassReader reader = new ClassReader(bytes);
        // a fresh constant pool: the stripped annotation's names do not linger in the class file
        ClassWriter writer = new ClassWriter(0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(version, access, name, signature, superName, interfaces);
                if (inheritance != null) {
                    AnnotationVisitor declared = super.visitAnnotation("Ljakarta/persistence/Inheritance;", true);
                    declared.visitEnum("strategy", "Ljakarta/persistence/InheritanceType;", inheritance);
                    declared.visitEnd();
                }
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                String key = "@" + Type.getType(descriptor).getClassName();
                return strip.containsKey(key) ? replace(strip.get(key), super::visitAnnotation) : super.visitAnnotation(descriptor, visible);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                String element = "f:" + name + "@";
                return new FieldVisitor(Opcodes.ASM9, super.visitField(access, name, descriptor, signature, value)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        String key = element + Type.getType(annotation).getClassName();
                        return strip.containsKey(key) ? replace(strip.get(key), super::visitAnnotation) : super.visitAnnotation(annotation, visible);
                    }
                };
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                String element = "m:" + name + descriptor + "@";
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        String key = element + Type.getType(annotation).getClassName();
                        return strip.containsKey(key) ? replace(strip.get(key), super::visitAnnotation) : super.visitAnnotation(annotation, visible);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Writes the replacing annotation (when there is one) and skips the original annotation's values. */
    private static AnnotationVisitor replace(LegacyAnnotation.Replacement replacement,
                                             java.util.function.BiFunction<String, Boolean, AnnotationVisitor> annotate) {
        if (replacement != LegacyAnnotations.NONE) {
            AnnotationVisitor written = annotate.apply("L" + replacement.annotation().replace('.', '/') + ";", true);
            written.visit(replacement.member(), replacement.classValue()
                    ? Type.getObjectType(replacement.value().replace('.', '/')) : replacement.value());
            written.visitEnd();
        }
        return null;
    }

    @Override
    public void close() {
        if (converted == null) return;
        try (Stream<Path> all = Files.walk(converted)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the pack is already built
        }
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the compiled classes in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
