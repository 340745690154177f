package dev.contextpack.legacy;

import org.apache.tomcat.jakartaee.ClassConverter;
import org.apache.tomcat.jakartaee.EESpecProfile;
import org.apache.tomcat.jakartaee.TextConverter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Maps {@code javax.persistence} to {@code jakarta.persistence} in class files and XML resources,
 * with Apache Tomcat's migration tool (the converter Tomcat's own class loader applies to legacy web
 * applications). Only the persistence API is mapped: the project's other {@code javax} packages
 * (validation, transaction, servlet) keep the classes its jars provide.
 */
public final class JavaxPersistence {

    /** The one package the plugin supplies in its jakarta form (JPA 3.2, from its Hibernate 7). */
    static final EESpecProfile PERSISTENCE = new EESpecProfile() {
        private final Pattern pattern = Pattern.compile("javax([/\\.]persistence)");

        @Override
        public String getSource() {
            return "javax";
        }

        @Override
        public String getTarget() {
            return "jakarta";
        }

        @Override
        public Pattern getPattern() {
            return pattern;
        }
    };

    private static final byte[] SLASHED = "javax/persistence".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOTTED = "javax.persistence".getBytes(StandardCharsets.US_ASCII);

    private JavaxPersistence() {
    }

    /** Whether the bytes name the javax persistence API at all; most classes do not, and are left untouched. */
    public static boolean mentions(byte[] bytes) {
        return indexOf(bytes, SLASHED) >= 0 || indexOf(bytes, DOTTED) >= 0;
    }

    /**
     * The class file with every {@code javax/persistence} reference (descriptors, signatures,
     * annotation types, string constants such as hint names) renamed; the same array when there is none.
     *
     * @param name the class file's path, for messages
     */
    public static byte[] convertClass(String name, byte[] bytes) throws IOException {
        if (!mentions(bytes)) return bytes;
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        // no class loader: Tomcat then maps every match, without first looking the jakarta class up
        new ClassConverter(PERSISTENCE).convert(name, new ByteArrayInputStream(bytes), out, PERSISTENCE);
        return out.toByteArray();
    }

    /** Whether {@link #convertText} handles a resource of this name (XML, properties and similar text files). */
    public static boolean isText(String name) {
        return new TextConverter().accepts(name);
    }

    /** orm.xml, persistence.xml and other text resources with the {@code javax.persistence} names mapped. */
    public static byte[] convertText(String name, byte[] bytes) throws IOException {
        if (!mentions(bytes)) return bytes;
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        new TextConverter().convert(name, new ByteArrayInputStream(bytes), out, PERSISTENCE);
        return out.toByteArray();
    }

    static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
