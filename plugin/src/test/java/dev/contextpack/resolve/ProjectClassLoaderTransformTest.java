package dev.contextpack.resolve;

import dev.contextpack.legacy.JavaxPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dependency jar compiled against javax.persistence (Spring Data JPA 2, a shared entity library) loads against the plugin's jakarta API. */
class ProjectClassLoaderTransformTest {

    @TempDir
    Path dir;

    @Test
    void classesOfAJavaxJarSeeThePluginsJakartaAnnotations() throws Exception {
        Path jar = dir.resolve("legacy-entities-1.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("com/example/lib/Shared.class"));
            out.write(javaxEntity("com/example/lib/Shared"));
            out.closeEntry();
        }
        try (ProjectClassLoader converting = new ProjectClassLoader(List.of(jar), getClass().getClassLoader(), JavaxPersistence::convertClass);
             ProjectClassLoader plain = new ProjectClassLoader(List.of(jar), getClass().getClassLoader())) {
            Class<?> shared = converting.loadClass("com.example.lib.Shared");
            assertTrue(shared.isAnnotationPresent(jakarta.persistence.Entity.class));
            assertEquals(jar.toUri().toURL(), shared.getProtectionDomain().getCodeSource().getLocation());
            assertEquals("com.example.lib", shared.getPackage().getName());
            // without conversion the javax annotation type is missing and the JVM drops it silently
            assertFalse(plain.loadClass("com.example.lib.Shared").isAnnotationPresent(jakarta.persistence.Entity.class));
        }
    }

    private static byte[] javaxEntity(String internalName) {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        w.visitAnnotation("Ljavax/persistence/Entity;", true).visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

}
