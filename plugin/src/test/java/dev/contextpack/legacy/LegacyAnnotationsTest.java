package dev.contextpack.legacy;

import dev.contextpack.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegacyAnnotationsTest {

    @TempDir
    Path classes;

    private final ClassLoader hibernate = LegacyAnnotationsTest.class.getClassLoader();

    private Path write(String internalName, byte[] bytes) throws IOException {
        Path file = classes.resolve(internalName + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    @Test
    void judgesEachAnnotationByTheMembersHibernate7Has() throws IOException {
        write("com/example/Typed", LegacyBytecode.javaxEntity("com/example/Typed", LegacyBytecode::hibernate5Type));
        write("com/example/Restricted", LegacyBytecode.javaxEntity("com/example/Restricted", LegacyBytecode::where));
        write("com/example/Computed", LegacyBytecode.javaxEntity("com/example/Computed", LegacyBytecode::formula));

        List<LegacyAnnotation> found = LegacyAnnotations.read(classes, List.of(), hibernate).annotations();

        assertEquals(2, found.size(), found.toString());
        LegacyAnnotation where = found.get(0);
        assertEquals("com.example.Restricted", where.className());
        assertEquals("flag", where.member());
        assertEquals(LegacyAnnotation.Verdict.REMOVED, where.verdict());
        assertEquals("@Where(clause = \"archived = false\")", where.written());
        LegacyAnnotation type = found.get(1);
        assertEquals("org.hibernate.annotations.Type", type.annotation());
        assertEquals(LegacyAnnotation.Verdict.UNREADABLE, type.verdict(), "Hibernate 7's @Type requires value(), a Class; type() is gone");
        assertEquals(new LegacyAnnotation.Replacement("jakarta.persistence.Convert", "converter", "org.hibernate.type.YesNoConverter", true),
                type.appliedAs(), "Hibernate 7's exact equivalent of the named type");
        assertEquals("@Convert(converter = YesNoConverter.class)", type.appliedAs().written());
        assertEquals("@SQLRestriction(\"archived = false\")", where.appliedAs().written());
        assertEquals(Map.of("com/example/Typed.class", Map.of("f:flag@org.hibernate.annotations.Type", type.appliedAs()),
                        "com/example/Restricted.class", Map.of("f:flag@org.hibernate.annotations.Where", where.appliedAs())),
                LegacyAnnotations.unreadable(found));
    }

    @Test
    void aUserTypeNamedByAStringHasNoEquivalentAndIsOnlyLeftOut() throws IOException {
        write("com/example/Custom", LegacyBytecode.javaxEntity("com/example/Custom", f -> LegacyBytecode.hibernate5Type(f, "com.example.MoneyType")));

        List<LegacyAnnotation> found = LegacyAnnotations.read(classes, List.of(), hibernate).annotations();

        assertEquals(Map.of("com/example/Custom.class", Map.of("f:flag@org.hibernate.annotations.Type", LegacyAnnotations.NONE)),
                LegacyAnnotations.unreadable(found));
        Finding f = LegacyAnnotations.findings(found, "5.6.15.Final").get(0);
        assertTrue(f.message().contains("so context-pack left it out of the boot; the verified facts of this pack do not reflect it."), f.message());
        assertTrue(f.message().contains("Your application runs Hibernate 5.6.15.Final, which applies it."));
        assertEquals(Finding.Severity.warning, f.severity());
    }

    @Test
    void findingsNameTheAnnotationItsValuesAndWhatHibernate7MakesOfIt() throws IOException {
        write("com/example/Restricted", LegacyBytecode.javaxEntity("com/example/Restricted", LegacyBytecode::where));

        List<Finding> findings = LegacyAnnotations.findings(LegacyAnnotations.read(classes, List.of(), hibernate).annotations(), "5.6.15.Final");

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("CP-LEGACY-ANNOTATION", f.code());
        assertEquals("com.example.Restricted", f.className());
        assertEquals("flag", f.member());
        assertTrue(f.message().startsWith("@Where(clause = \"archived = false\") (org.hibernate.annotations.Where, read from the bytecode, provenance: annotation)"),
                f.message());
        assertTrue(f.message().contains("so context-pack gave Hibernate its exact equivalent, @SQLRestriction(\"archived = false\"), and the verified facts reflect that."),
                f.message());
        assertEquals(Finding.Severity.info, f.severity(), "with its equivalent applied the facts are the application's");
    }

    @Test
    void theConvertedCopyMapsJavaxLeavesOutUnreadableAnnotationsAndNeverTouchesTheProject() throws IOException {
        Path typed = write("com/example/Typed", LegacyBytecode.javaxEntity("com/example/Typed", LegacyBytecode::hibernate5Type));
        byte[] before = Files.readAllBytes(typed);
        Files.writeString(classes.resolve("application.properties"), "spring.jpa.open-in-view=false\n");
        Files.write(classes.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        LegacyAnnotations.Found found = LegacyAnnotations.read(classes, List.of(), hibernate);
        assertTrue(found.javax());

        Path copy;
        try (LegacyClasses converted = LegacyClasses.prepare(classes, found)) {
            assertTrue(converted.javax());
            copy = converted.classesDirectory();
            assertNotEquals(classes, copy);
            assertEquals(List.of(Path.of("dep.jar"), copy, classes), converted.classpath(List.of(Path.of("dep.jar"), classes)));
            assertFalse(Files.exists(copy.resolve("logo.png")), "binary resources are read from the module's directory, not copied");
            String text = new String(Files.readAllBytes(copy.resolve("com/example/Typed.class")), StandardCharsets.ISO_8859_1);
            assertTrue(text.contains("Ljakarta/persistence/Entity;"));
            assertFalse(text.contains("Lorg/hibernate/annotations/Type;"), "the @Type Hibernate 7 cannot read is left out of the boot");
            assertTrue(text.contains("Ljakarta/persistence/Convert;") && text.contains("Lorg/hibernate/type/YesNoConverter;"),
                    "and replaced by Hibernate 7's converter for yes_no");
            assertEquals("spring.jpa.open-in-view=false\n", Files.readString(copy.resolve("application.properties")));
            assertTrue(converted.jarTransformer() != null);
        }
        assertFalse(Files.exists(copy), "the copy is removed");
        assertArrayEquals(before, Files.readAllBytes(typed), "the project's class file is left as compiled");
    }

    /** Hibernate 5.6 applies @Inheritance of a mapped superclass to the hierarchy below (measured); Hibernate 7 rejects it there. */
    @Test
    void inheritanceOnAMappedSuperclassMovesToTheRootEntityBelow() throws IOException {
        write("com/example/Base", LegacyBytecode.javaxClass("com/example/Base", "java/lang/Object", "MappedSuperclass", "Inheritance"));
        write("com/example/Leaf", LegacyBytecode.javaxClass("com/example/Leaf", "com/example/Base", "Entity"));
        write("com/example/SubLeaf", LegacyBytecode.javaxClass("com/example/SubLeaf", "com/example/Leaf", "Entity"));

        LegacyAnnotations.Found found = LegacyAnnotations.read(classes, List.of(), hibernate);

        assertEquals(List.of(new LegacyAnnotations.InheritanceMove("com.example.Base", "javax.persistence.Inheritance", "TABLE_PER_CLASS",
                List.of("com.example.Leaf"))), found.moves());
        Finding f = LegacyAnnotations.moveFindings(found).get(0);
        assertEquals("CP-LEGACY-MAPPING", f.code());
        assertTrue(f.message().contains("so context-pack gave it to com.example.Leaf and the verified facts reflect that"), f.message());
        try (LegacyClasses converted = LegacyClasses.prepare(classes, found)) {
            String base = new String(Files.readAllBytes(converted.classesDirectory().resolve("com/example/Base.class")), StandardCharsets.ISO_8859_1);
            String leaf = new String(Files.readAllBytes(converted.classesDirectory().resolve("com/example/Leaf.class")), StandardCharsets.ISO_8859_1);
            String subLeaf = new String(Files.readAllBytes(converted.classesDirectory().resolve("com/example/SubLeaf.class")), StandardCharsets.ISO_8859_1);
            assertFalse(base.contains("persistence/Inheritance;"), "taken off the mapped superclass");
            assertTrue(leaf.contains("Ljakarta/persistence/Inheritance;") && leaf.contains("TABLE_PER_CLASS"), "declared on the root entity");
            assertFalse(subLeaf.contains("persistence/Inheritance;"), "a subclass inherits it from its root");
        }
    }

    /** Hibernate 5.6 ignores @Table on a mapped superclass (measured); Hibernate 7 rejects it. */
    @Test
    void aTableOnAMappedSuperclassIsLeftOutAsHibernate5IgnoresIt() throws IOException {
        write("com/example/Base", LegacyBytecode.javaxClass("com/example/Base", "java/lang/Object", "MappedSuperclass", "Table"));
        write("com/example/Leaf", LegacyBytecode.javaxClass("com/example/Leaf", "com/example/Base", "Entity"));

        LegacyAnnotations.Found found = LegacyAnnotations.read(classes, List.of(), hibernate);

        assertEquals(List.of(new LegacyAnnotations.IgnoredTable("com.example.Base", "javax.persistence.Table", "")), found.ignoredTables());
        Finding f = LegacyAnnotations.moveFindings(found).get(0);
        assertEquals("CP-LEGACY-MAPPING", f.code());
        assertTrue(f.message().startsWith("@Table on this @MappedSuperclass"), f.message());
        try (LegacyClasses converted = LegacyClasses.prepare(classes, found)) {
            String base = new String(Files.readAllBytes(converted.classesDirectory().resolve("com/example/Base.class")), StandardCharsets.ISO_8859_1);
            assertFalse(base.contains("persistence/Table;"));
            assertTrue(base.contains("Ljakarta/persistence/MappedSuperclass;"));
        }
    }

    @Test
    void aJakartaModuleWithNothingToConvertIsUsedAsItIs() throws IOException {
        write("com/example/Computed", JavaxPersistence.convertClass("x", LegacyBytecode.javaxEntity("com/example/Computed", LegacyBytecode::formula)));
        LegacyAnnotations.Found found = LegacyAnnotations.read(classes, List.of(), hibernate);
        assertFalse(found.javax(), "a jakarta class, whatever its constants say");
        try (LegacyClasses same = LegacyClasses.prepare(classes, found)) {
            assertFalse(same.javax());
            assertEquals(classes, same.classesDirectory());
            assertEquals(null, same.jarTransformer());
        }
    }
}
