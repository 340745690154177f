package dev.contextpack.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contextpack.render.PackFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare-only mode: says how the directory differs from what write would leave, and writes nothing. */
class PackWriterCompareTest {

    @TempDir
    Path out;

    private final PackWriter writer = new PackWriter();

    private static final List<PackFile> PACK = List.of(
            new PackFile("README.md", "# Pack\n\nline two\n"),
            new PackFile("entities/A.md", "a\nb\nc\n"));

    @Test
    void aPackJustWrittenIsCurrentAlsoAsACrlfCheckout() throws IOException {
        writer.write(out, PACK);
        assertTrue(writer.compare(out, PACK).isEmpty());
        for (PackFile f : PACK) Files.writeString(out.resolve(f.path()), f.content().replace("\n", "\r\n"));
        Files.writeString(out.resolve(PackWriter.MANIFEST), Files.readString(out.resolve(PackWriter.MANIFEST)).replace("\n", "\r\n"));
        assertTrue(writer.compare(out, PACK).isEmpty(), "core.autocrlf checkouts are current");
    }

    @Test
    void changedMissingAndExtraFilesAreNamedAndNothingIsWritten() throws IOException {
        writer.write(out, List.of(PACK.get(0), PACK.get(1), new PackFile("entities/Gone.md", "gone\n")));
        Files.delete(out.resolve("README.md"));
        Files.writeString(out.resolve("NOTES.md"), "my own notes\n");
        List<PackFile> now = List.of(PACK.get(0), new PackFile("entities/A.md", "a\nB\nc\n"));
        Map<String, String> before = snapshot();

        Drift drift = writer.compare(out, now);

        assertEquals(List.of("README.md"), drift.missing());
        assertEquals(List.of("entities/Gone.md"), drift.extra(), "a hand-written file outside the manifest is not extra");
        assertEquals(List.of("entities/A.md", PackWriter.MANIFEST), drift.changed().stream().map(Drift.Change::path).toList());
        assertEquals(List.of("@@ -1,3 +1,3 @@", " a", "-b", "+B", " c"), drift.changed().get(0).diff());
        assertEquals(before, snapshot(), "compare wrote, deleted or touched nothing");
        assertFalse(Files.exists(out.resolve("README.md")));
    }

    @Test
    void noDirectoryMeansEveryFileIsMissingAndNothingIsCreated() {
        Path none = out.resolve("none");
        Drift drift = writer.compare(none, PACK);
        assertEquals(List.of("README.md", "entities/A.md", PackWriter.MANIFEST), drift.missing());
        assertFalse(Files.exists(none));
    }

    @Test
    void theDescriptionIsBoundedAndCountsWhatItLeavesOut() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            a.append("line ").append(i).append('\n');
            b.append("LINE ").append(i).append('\n');
        }
        Drift drift = new Drift(List.of(new Drift.Change("x.md", UnifiedDiff.diff(a.toString(), b.toString()))), List.of("y.md"), List.of());
        List<String> text = drift.describe("context-pack/", 10);
        assertEquals("missing: context-pack/y.md (not on disk; the regenerated pack has it)", text.get(0));
        assertEquals("changed: context-pack/x.md", text.get(1));
        assertEquals("--- context-pack/x.md (committed)", text.get(2));
        assertEquals(1 + 1 + 2 + 10 + 1, text.size());
        assertEquals("... 91 more diff lines not shown.", text.get(text.size() - 1));
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                FileTime time = Files.getLastModifiedTime(p);
                files.put(out.relativize(p).toString(), Files.readString(p) + "@" + time.toMillis());
            }
        }
        return files;
    }
}
