package dev.contextpack.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copying Mermaid's browser bundle out of a WebJar laid out as org.webjars.npm:mermaid is. */
class MermaidScriptTest {

    @TempDir
    Path dir;

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("mermaid.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void copiesTheScriptAndLicenceNextToThePageAndLeavesAnUnchangedCopyAlone() throws IOException {
        Path jar = jar(Map.of("META-INF/resources/webjars/mermaid/9.9.9/dist/mermaid.min.js", "window.mermaid={};",
                "META-INF/resources/webjars/mermaid/9.9.9/LICENSE", "The MIT License"));
        Path site = dir.resolve("site");
        MermaidScript.copy(jar, "9.9.9", site);
        Path script = site.resolve(MermaidScript.relativePath());
        assertEquals("window.mermaid={};", Files.readString(script));
        assertEquals("The MIT License", Files.readString(site.resolve("context-pack/mermaid-LICENSE.txt")));
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(script, old);
        MermaidScript.copy(jar, "9.9.9", site);
        assertEquals(old, Files.getLastModifiedTime(script));
        try (var files = Files.list(site.resolve("context-pack"))) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aWebJarWithoutTheBrowserBundleIsNamedWithTheFix() throws IOException {
        Path jar = jar(Map.of("META-INF/resources/webjars/mermaid/8.0.0/dist/mermaid.core.mjs", "export {}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MermaidScript.copy(jar, "8.0.0", dir.resolve("site")));
        assertTrue(e.getMessage().contains("META-INF/resources/webjars/mermaid/8.0.0/dist/mermaid.min.js"), e.getMessage());
        assertTrue(e.getMessage().contains("10 or later"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("site/context-pack/mermaid.min.js")));
    }
}
