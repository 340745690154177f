package dev.contextpack.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.render.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token counts in the log and the manifest; maxTokensPerFile splits the index by package and names what stays too large. */
class TokenBudgetTest {

    @Test
    void everyFileIsCountedInTheLogAndTheManifestButNotInThePages(@TempDir Path out) throws Exception {
        List<String> info = new ArrayList<>();
        new ContextPackEngine(collecting(info, new ArrayList<>())).generate(ZooTestSupport.request(out));
        Map<String, Integer> manifest = manifestTokens(out);
        List<Path> files;
        try (Stream<Path> all = Files.walk(out)) {
            files = all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
        assertEquals(files.size(), manifest.size(), "one count per generated file");
        for (Path file : files) {
            String path = out.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file);
            assertEquals(Tokens.count(text), manifest.get(path), path);
            assertTrue(info.contains("context-pack:   " + manifest.get(path) + " tokens  " + path), path + " is in the log");
            assertFalse(text.contains(" tokens"), path + " says nothing about tokens: a tokenizer update must not rewrite pages");
        }
        int total = manifest.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(info.stream().anyMatch(l -> l.startsWith("context-pack: " + total + " tokens (o200k_base) in " + files.size() + " files")), info.toString());
    }

    @Test
    void aSmallBudgetSplitsTheIndexByPackageAndKeepsEveryEntity(@TempDir Path whole, @TempDir Path split) throws Exception {
        new ContextPackEngine(EngineLog.SILENT).generate(ZooTestSupport.request(whole));
        int wholeIndex = Tokens.count(Files.readString(whole.resolve("README.md")));
        List<String> warnings = new ArrayList<>();
        int budget = wholeIndex / 2;
        GenerateResult result = new ContextPackEngine(collecting(new ArrayList<>(), warnings), budget).generate(ZooTestSupport.request(split));
        ContextPack pack = result.pack();

        String index = Files.readString(split.resolve("README.md"));
        assertTrue(Tokens.count(index) <= budget, "the index fits: " + Tokens.count(index) + " > " + budget);
        assertTrue(index.contains("## Packages"), index);
        assertFalse(index.contains("## Entities"), "the entity table moved to the package pages");
        Matcher link = Pattern.compile("\\]\\((packages/[^)]+)\\)").matcher(index);
        List<String> pages = new ArrayList<>();
        while (link.find()) pages.add(link.group(1));
        assertEquals(List.of("packages/dev.contextpack.zoo.md", "packages/dev.contextpack.zoo.xml.md"), pages);
        StringBuilder all = new StringBuilder();
        for (String page : pages) {
            String text = Files.readString(split.resolve(page));
            all.append(text);
            Matcher entityLink = Pattern.compile("\\]\\(\\.\\./(entities/[^)]+)\\)").matcher(text);
            while (entityLink.find()) assertTrue(Files.isRegularFile(split.resolve(entityLink.group(1))), page + " links " + entityLink.group(1));
        }
        for (Entity e : pack.entities()) {
            assertTrue(all.toString().contains("| [" + e.name() + "](../entities/" + e.name() + ".md) |"), e.name() + " is on its package's page");
        }
        // what still exceeds the budget is named, with the reason
        Map<String, Integer> manifest = manifestTokens(split);
        manifest.forEach((path, n) -> {
            if (n > budget) assertTrue(warnings.stream().anyMatch(w -> w.startsWith("context-pack: " + path + " has " + n + " tokens")), path);
        });
        assertTrue(warnings.stream().anyMatch(w -> w.contains("context-pack.yaml") && w.contains("never split")), warnings.toString());
        // same pages, only split: the entity pages are byte for byte those of the unsplit pack
        for (Entity e : pack.entities()) {
            assertEquals(Files.readString(whole.resolve("entities/" + e.name() + ".md")), Files.readString(split.resolve("entities/" + e.name() + ".md")));
        }
        assertTrue(new ContextPackEngine(EngineLog.SILENT, budget).check(ZooTestSupport.request(split), Suppressions.none()).drift().isEmpty(),
                "check with the same budget finds the split pack current");
        assertFalse(new ContextPackEngine(EngineLog.SILENT).check(ZooTestSupport.request(split), Suppressions.none()).drift().isEmpty(),
                "check without the budget does not");
    }

    private static Map<String, Integer> manifestTokens(Path pack) throws Exception {
        Map<String, Integer> tokens = new TreeMap<>();
        for (String line : Files.readAllLines(pack.resolve(".context-pack-manifest"))) {
            Matcher m = Pattern.compile("# (\\d+) tokens  (.+)").matcher(line);
            if (m.matches()) tokens.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        return tokens;
    }

    private static EngineLog collecting(List<String> info, List<String> warn) {
        return new EngineLog() {
            @Override
            public void info(String message) {
                info.add(message);
            }

            @Override
            public void warn(String message) {
                warn.add(message);
            }

            @Override
            public void debug(String message) {
            }
        };
    }
}
