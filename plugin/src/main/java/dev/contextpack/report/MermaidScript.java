package dev.contextpack.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Mermaid's self-contained browser bundle ({@code dist/mermaid.min.js}, no further downloads), taken
 * from the {@code org.webjars.npm:mermaid} WebJar and copied next to the report page, so the diagram
 * renders in a browser without network. The WebJar is resolved only when the report runs, so the
 * other goals do not download its 16 MB.
 */
public final class MermaidScript {

    public static final String GROUP_ID = "org.webjars.npm";
    public static final String ARTIFACT_ID = "mermaid";
    /** The newest version the reachable Maven Central serves with {@code dist/mermaid.min.js} (checked 2026-11). */
    public static final String DEFAULT_VERSION = "11.14.0";
    /** The directory next to the report page that holds the script and its licence. */
    public static final String DIRECTORY = "context-pack";
    public static final String FILE = "mermaid.min.js";

    private MermaidScript() {
    }

    /** The script's path relative to the report page, as the page references it. */
    public static String relativePath() {
        return DIRECTORY + "/" + FILE;
    }

    /**
     * Copies the script and Mermaid's licence from the WebJar into {@code siteDirectory/context-pack/},
     * rewriting them only when their content differs.
     *
     * @throws IllegalArgumentException when the jar has no {@code dist/mermaid.min.js} for {@code version}
     */
    public static void copy(Path webJar, String version, Path siteDirectory) {
        String root = "META-INF/resources/webjars/" + ARTIFACT_ID + "/" + version + "/";
        Path target = siteDirectory.resolve(DIRECTORY);
        try (ZipFile jar = new ZipFile(webJar.toFile())) {
            ZipEntry script = jar.getEntry(root + "dist/" + FILE);
            if (script == null) {
                throw new IllegalArgumentException(webJar.getFileName() + " holds no " + root + "dist/" + FILE
                        + ": use a version of " + GROUP_ID + ":" + ARTIFACT_ID + " that ships Mermaid's browser bundle (10 or later).");
            }
            Files.createDirectories(target);
            copy(jar, script, target.resolve(FILE));
            ZipEntry license = jar.getEntry(root + "LICENSE");
            if (license != null) copy(jar, license, target.resolve("mermaid-LICENSE.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy Mermaid from " + webJar + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copy(ZipFile jar, ZipEntry entry, Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = jar.getInputStream(entry)) {
            bytes = in.readAllBytes();
        }
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) return;
        Path tmp = Files.createTempFile(file.getParent(), ".mermaid-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
