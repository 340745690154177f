package dev.contextpack.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class-file facts ClassShapes reads, on class files written here the way kotlinc writes them
 * (it/kotlin-jpa checks the same on classes the Kotlin compiler really produced).
 */
class ClassShapesTest {

    private static void write(Path classes, String name, String superName, int access, boolean kotlin) throws Exception {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, access, name, null, superName, null);
        if (kotlin) cw.visitAnnotation("Lkotlin/Metadata;", true).visitEnd();
        field(cw, "name", "Ljava/lang/String;", "Lorg/jetbrains/annotations/NotNull;");
        field(cw, "nickname", "Ljava/lang/String;", "Lorg/jetbrains/annotations/Nullable;");
        field(cw, "bays", "I", null);
        field(cw, "payload", "Ljava/lang/Object;", null);
        MethodVisitor getter = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "getName", "()Ljava/lang/String;", null, null);
        getter.visitEnd();
        cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "getHidden", "()I", null, null).visitEnd();
        cw.visitEnd();
        Path file = classes.resolve(name + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, cw.toByteArray());
    }

    private static void field(ClassWriter cw, String name, String descriptor, String annotation) {
        FieldVisitor fv = cw.visitField(Opcodes.ACC_PRIVATE, name, descriptor, null, null);
        if (annotation != null) fv.visitAnnotation(annotation, false).visitEnd();
        fv.visitEnd();
    }

    @Test
    void kotlinNullabilityFinalClassesAndFinalAccessorsAreRead(@TempDir Path classes) throws Exception {
        write(classes, "fleet/Base", "java/lang/Object", Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, true);
        write(classes, "fleet/Depot", "fleet/Base", Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, true);
        write(classes, "fleet/JavaDepot", "java/lang/Object", Opcodes.ACC_PUBLIC, false);
        ClassShapes shapes = ClassShapes.read(classes, List.of("fleet.Depot", "fleet.JavaDepot"));

        ClassShapes.Shape depot = shapes.of("fleet.Depot");
        assertTrue(depot.kotlin() && depot.finalClass() && !depot.sealedClass());
        assertEquals("fleet.Base", depot.superclass());
        assertEquals(Map.of("name", ClassShapes.Nullness.NON_NULL, "nickname", ClassShapes.Nullness.NULLABLE, "bays", ClassShapes.Nullness.NON_NULL),
                depot.fieldNullness(), "a primitive is non-null; a field without either annotation (a type parameter) is unknown");
        assertEquals(List.of("getName()"), depot.finalAccessors(), "a private final method is no accessor a proxy overrides");
        assertFalse(shapes.of("fleet.Base").finalClass());
        assertTrue(shapes.of("fleet.JavaDepot").fieldNullness().isEmpty(), "Java classes have no Kotlin nullability");
        assertNull(shapes.of("fleet.Missing"));
    }
}
