package dev.contextpack.zoo;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The zoo's rendered pack against reviewed golden files in src/test/resources/golden/zoo, and the
 * promise behind them: the same input gives byte-identical files, and a second run writes nothing.
 * After an intended change run with {@code -Dcontext-pack.updateGolden=true}, then review
 * {@code git diff plugin/src/test/resources/golden} line by line before committing.
 */
class ZooGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "zoo");

    @Test
    void renderedPackMatchesTheReviewedGoldenFiles(@TempDir Path out) throws IOException {
        new ContextPackEngine(EngineLog.SILENT).generate(ZooTestSupport.request(out));
        Map<String, String> actual = read(out);
        if (Boolean.getBoolean("context-pack.updateGolden")) {
            if (Files.exists(GOLDEN)) {
                try (Stream<Path> old = Files.walk(GOLDEN)) {
                    old.sorted((a, b) -> b.compareTo(a)).filter(Files::isRegularFile).forEach(p -> p.toFile().delete());
                }
            }
            for (Map.Entry<String, String> file : actual.entrySet()) {
                Path target = GOLDEN.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        Map<String, String> expected = read(GOLDEN);
        assertEquals(expected.keySet(), actual.keySet(), "the set of generated files changed");
        List<String> diffs = new ArrayList<>();
        for (String name : expected.keySet()) {
            String first = firstDifference(expected.get(name), actual.get(name));
            if (first != null) diffs.add(name + ": " + first);
        }
        if (!diffs.isEmpty()) {
            fail("The rendered pack differs from the golden files (rerun with -Dcontext-pack.updateGolden=true and review git diff):\n"
                    + String.join("\n", diffs));
        }
    }

    @Test
    void sameInputGivesByteIdenticalFilesAndASecondRunWritesNothing(@TempDir Path one, @TempDir Path two) throws IOException {
        ContextPackEngine engine = new ContextPackEngine(EngineLog.SILENT);
        GenerateResult first = engine.generate(ZooTestSupport.request(one));
        engine.generate(ZooTestSupport.request(two));
        assertEquals(read(one), read(two));
        GenerateResult again = engine.generate(ZooTestSupport.request(one));
        assertTrue(again.writeReport().written().isEmpty(), () -> "rewritten: " + again.writeReport().written());
        assertEquals(first.writeReport().written().size(), again.writeReport().unchanged().size());
        for (String content : read(one).values()) {
            assertTrue(!content.contains("\r"), "LF line endings only");
            assertTrue(content.endsWith("\n") && !content.endsWith("\n\n"), "exactly one final newline");
        }
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) return "line " + (i + 1) + "\n  expected: " + el + "\n  actual:   " + al;
        }
        return null;
    }
}
