package dev.contextpack.scan;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the compiler shaped each persistent class, read with ASM from the class file (nothing is
 * loaded): whether the class or its accessors are final (Kotlin classes are, unless the all-open
 * plugin covers them), whether it is Kotlin, and each field's Kotlin nullability.
 *
 * <p>Kotlin nullability is read from the {@code @org.jetbrains.annotations.NotNull}/{@code @Nullable}
 * annotations kotlinc puts on every reference-typed backing field (private ones too), its getter,
 * setter and constructor parameter, rather than from {@code @kotlin.Metadata} with
 * kotlin-metadata-jvm: the annotations are kotlinc's stable contract for Java callers in every Kotlin
 * version, while kotlin-metadata-jvm's strict reader refuses metadata of a Kotlin newer than itself (the
 * lenient one reads it without that guarantee) and would put kotlin-stdlib on the plugin's class path. A primitive field ({@code Int}, not {@code Int?})
 * is non-null by its JVM type. A field without either annotation (a type parameter) is unknown.
 */
public final class ClassShapes {

    public enum Nullness { NON_NULL, NULLABLE }

    /**
     * @param finalClass the class is final: Hibernate cannot subclass it for a proxy
     * @param sealedClass the class permits only its listed subclasses (Java {@code sealed}, Kotlin {@code sealed class}): nor can a proxy extend it
     * @param finalAccessors getters and setters declared final (non-static, non-private), which a proxy cannot override
     * @param fieldNullness Kotlin nullability of the declared fields (empty for a Java class)
     */
    public record Shape(String name, String superclass, boolean finalClass, boolean sealedClass, boolean kotlin, boolean record,
                        List<String> finalAccessors, Map<String, Nullness> fieldNullness) {
    }

    private static final String KOTLIN_METADATA = "Lkotlin/Metadata;";
    private static final String NOT_NULL = "Lorg/jetbrains/annotations/NotNull;";
    private static final String NULLABLE = "Lorg/jetbrains/annotations/Nullable;";

    private final Map<String, Shape> shapes;

    private ClassShapes(Map<String, Shape> shapes) {
        this.shapes = shapes;
    }

    /** The shapes of {@code classNames} (and the module's superclasses of them) found in {@code classesDirectory}. */
    public static ClassShapes read(Path classesDirectory, Collection<String> classNames) {
        Map<String, Shape> shapes = new TreeMap<>();
        List<String> todo = new ArrayList<>(classNames);
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            if (shapes.containsKey(name)) continue;
            Path file = classesDirectory.resolve(name.replace('.', '/') + ".class");
            if (!Files.isRegularFile(file)) continue;
            try (InputStream in = Files.newInputStream(file)) {
                ShapeReader reader = new ShapeReader();
                new ClassReader(in).accept(reader, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                Shape shape = reader.shape();
                shapes.put(name, shape);
                if (shape.superclass() != null) todo.add(shape.superclass());
            } catch (IOException | RuntimeException e) {
                // a class ASM cannot read only loses these facts; the scan reports unreadable class files
            }
        }
        return new ClassShapes(shapes);
    }

    /** The shape of a class of the module, or null when it was not read. */
    public Shape of(String className) {
        return shapes.get(className);
    }

    private static final class ShapeReader extends ClassVisitor {
        private String name;
        private String superclass;
        private boolean finalClass;
        private boolean sealedClass;
        private boolean kotlin;
        private boolean record;
        private final List<String> finalAccessors = new ArrayList<>();
        private final Map<String, Nullness> fields = new TreeMap<>();

        ShapeReader() {
            super(Opcodes.ASM9);
        }

        Shape shape() {
            Map<String, Nullness> nullness = kotlin ? Map.copyOf(fields) : Map.of();
            return new Shape(name, superclass, finalClass, sealedClass, kotlin, record, List.copyOf(finalAccessors), new TreeMap<>(nullness));
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.name = name.replace('/', '.');
            this.superclass = superName == null || superName.equals("java/lang/Object") ? null : superName.replace('/', '.');
            this.finalClass = (access & Opcodes.ACC_FINAL) != 0;
            this.record = "java/lang/Record".equals(superName);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (KOTLIN_METADATA.equals(descriptor)) kotlin = true;
            return null;
        }

        @Override
        public void visitPermittedSubclass(String permittedSubclass) {
            sealedClass = true;
        }

        @Override
        public FieldVisitor visitField(int access, String fieldName, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_STATIC) != 0) return null;
            // a primitive is non-null by its JVM type: Kotlin's Int, Long, Boolean without '?'
            if (descriptor.length() == 1) fields.put(fieldName, Nullness.NON_NULL);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    if (NOT_NULL.equals(annotation)) fields.put(fieldName, Nullness.NON_NULL);
                    else if (NULLABLE.equals(annotation)) fields.put(fieldName, Nullness.NULLABLE);
                    return null;
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
            boolean accessor = method.startsWith("get") || method.startsWith("is") || method.startsWith("set");
            if (accessor && (access & Opcodes.ACC_FINAL) != 0 && (access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC)) == 0) {
                finalAccessors.add(method + "()");
            }
            return null;
        }
    }
}
