package dev.contextpack.legacy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaxPersistenceTest {

    @Test
    void mapsThePersistenceApiInDescriptorsAndConstantsAndNothingElse() throws IOException {
        byte[] javax = LegacyBytecode.javaxEntity("com/example/Legacy", f -> { });
        assertTrue(JavaxPersistence.mentions(javax));

        byte[] converted = JavaxPersistence.convertClass("com/example/Legacy.class", javax);
        String text = new String(converted, StandardCharsets.ISO_8859_1);

        assertFalse(JavaxPersistence.mentions(converted), "no javax.persistence name is left");
        assertTrue(text.contains("Ljakarta/persistence/Entity;") && text.contains("Ljakarta/persistence/Id;"));
        assertTrue(text.contains("jakarta.persistence.fetchgraph"), "hint names in constants are mapped too");
        assertTrue(text.contains("Ljavax/validation/constraints/NotNull;"), "other javax packages keep the classes the project's jars provide");
    }

    @Test
    void aClassWithoutThePersistenceApiIsReturnedAsItIs() throws IOException {
        byte[] plain = LegacyBytecode.javaxEntity("com/example/Plain", f -> { });
        byte[] jakarta = JavaxPersistence.convertClass("a", plain);
        assertSame(jakarta, JavaxPersistence.convertClass("b", jakarta));
    }

    @Test
    void mapsPropertyNamesInXmlResources() throws IOException {
        String xml = "<persistence><persistence-unit name=\"u\"><properties>"
                + "<property name=\"javax.persistence.validation.mode\" value=\"none\"/></properties></persistence-unit></persistence>";
        assertTrue(JavaxPersistence.isText("META-INF/persistence.xml"));
        String converted = new String(JavaxPersistence.convertText("META-INF/persistence.xml", xml.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertEquals(xml.replace("javax.persistence", "jakarta.persistence"), converted);
    }
}
