package dev.contextpack.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.render.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compact pages keep every fact (every table row and list item of every page) and cost fewer tokens. */
class CompactModeTest {

    @Test
    void everyTableRowAndListItemStaysAndProseAndDiagramsGo(@TempDir Path full, @TempDir Path compact) throws Exception {
        new ContextPackEngine(EngineLog.SILENT).generate(ZooTestSupport.request(full));
        new ContextPackEngine(EngineLog.SILENT, new dev.contextpack.render.RenderOptions(0, true, false)).generate(ZooTestSupport.request(compact));
        List<Path> pages;
        try (Stream<Path> all = Files.walk(full)) {
            pages = all.filter(p -> p.toString().endsWith(".md")).toList();
        }
        int fullTokens = 0;
        int compactTokens = 0;
        for (Path page : pages) {
            Path other = compact.resolve(full.relativize(page).toString());
            assertTrue(Files.isRegularFile(other), other + " exists in the compact pack");
            String a = Files.readString(page);
            String b = Files.readString(other);
            List<String> compactLines = b.lines().toList();
            boolean intro = page.getFileName().toString().equals("README.md") && page.getParent().equals(full);
            for (String line : a.lines().toList()) {
                // the index's introduction describes the pack, not the application: compact leaves it out
                if (intro && !line.startsWith("## ")) continue;
                intro = false;
                if (line.startsWith("|") || line.startsWith("- ") || line.startsWith("  - ")) {
                    assertTrue(compactLines.contains(line), full.relativize(page) + " lost a fact: " + line);
                }
            }
            assertFalse(b.contains("```mermaid"), full.relativize(page) + " still draws a diagram");
            fullTokens += Tokens.count(a);
            compactTokens += Tokens.count(b);
        }
        assertTrue(compactTokens < fullTokens * 0.95, compactTokens + " tokens compact vs " + fullTokens + " full");
        assertFalse(Files.readString(compact.resolve("README.md")).contains("This directory describes"), "the index's prose is gone");
        assertEquals(Files.readString(full.resolve("context-pack.yaml")), Files.readString(compact.resolve("context-pack.yaml")), "the YAML is the same");
    }
}
