package dev.contextpack.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The managed section of AGENTS.md: only the lines between the markers change, broken markers change nothing. */
class ManagedSectionTest {

    private static final String BEGIN = "<!-- context-pack:begin module=shop -->";
    private static final String END = "<!-- context-pack:end module=shop -->";

    @Test
    void aMissingFileBecomesTheSectionAlone() {
        assertEquals(BEGIN + "\nbody\n" + END + "\n", ManagedSection.apply("AGENTS.md", null, "shop", "body\n"));
        assertNull(ManagedSection.apply("AGENTS.md", null, "shop", null), "nothing to remove, nothing to create");
    }

    @Test
    void aSectionIsAppendedAfterABlankLineAndHandTextStaysByteForByte() {
        String hand = "# Agents\n\nRun `make test` before you push.";
        String out = ManagedSection.apply("AGENTS.md", hand, "shop", "new\n");
        assertEquals(hand + "\n\n" + BEGIN + "\nnew\n" + END + "\n", out);
        assertEquals(out, ManagedSection.apply("AGENTS.md", out, "shop", "new\n"), "applying twice changes nothing");
    }

    @Test
    void onlyTheLinesBetweenTheMarkersAreReplaced() {
        String before = "intro  \n\n" + BEGIN + "\nold 1\nold 2\n" + END + "\ntrailing hand text\t\nlast line without newline";
        String out = ManagedSection.apply("AGENTS.md", before, "shop", "new\n");
        assertEquals("intro  \n\n" + BEGIN + "\nnew\n" + END + "\ntrailing hand text\t\nlast line without newline", out);
        assertEquals("new\n", ManagedSection.body("AGENTS.md", out, "shop"));
    }

    @Test
    void otherModulesSectionsAreLeftAlone() {
        String other = "<!-- context-pack:begin module=billing -->\nbilling facts\n<!-- context-pack:end module=billing -->\n";
        String out = ManagedSection.apply("AGENTS.md", other, "shop", "shop facts\n");
        assertTrue(out.startsWith(other), out);
        String again = ManagedSection.apply("AGENTS.md", out, "shop", "changed\n");
        assertTrue(again.startsWith(other) && again.contains("\nchanged\n"), again);
    }

    @Test
    void newSectionsGoInModuleOrderNextToTheOthers() {
        String b = ManagedSection.section("b", "B\n", "\n");
        String text = "hand\n\n" + b + "\nmore hand\n";
        String withA = ManagedSection.apply("AGENTS.md", text, "a", "A\n");
        assertEquals("hand\n\n" + ManagedSection.section("a", "A\n", "\n") + "\n" + b + "\nmore hand\n", withA);
        String withC = ManagedSection.apply("AGENTS.md", withA, "c", "C\n");
        assertEquals("hand\n\n" + ManagedSection.section("a", "A\n", "\n") + "\n" + b + "\n" + ManagedSection.section("c", "C\n", "\n")
                + "\nmore hand\n", withC);
        // the other order of arrival gives the same file
        String cFirst = ManagedSection.apply("AGENTS.md", ManagedSection.apply("AGENTS.md", text, "c", "C\n"), "a", "A\n");
        assertEquals(withC, cFirst);
    }

    @Test
    void aCrlfFileKeepsItsLineEnds() {
        String before = "hand\r\n\r\n" + BEGIN + "\r\nold\r\n" + END + "\r\nafter\r\n";
        String out = ManagedSection.apply("AGENTS.md", before, "shop", "a\nb\n");
        assertEquals("hand\r\n\r\n" + BEGIN + "\r\na\r\nb\r\n" + END + "\r\nafter\r\n", out);
    }

    @Test
    void removingASectionTakesItsMarkersAndOneBlankLine() {
        String before = "hand\n\n" + BEGIN + "\nold\n" + END + "\n\nmore hand\n";
        assertEquals("hand\n\nmore hand\n", ManagedSection.apply("AGENTS.md", before, "shop", null));
    }

    @Test
    void brokenMarkersNameTheFileTheLineAndTheFix() {
        assertBroken("x\n" + END + "\n", "AGENTS.md:2: an end marker for module shop without its begin marker", "add `" + BEGIN + "`");
        assertBroken("x\n\n" + BEGIN + "\nbody\n", "AGENTS.md:3: a begin marker for module shop without its end marker", "add `" + END + "`");
        assertBroken(BEGIN + "\n<!-- context-pack:begin module=billing -->\n<!-- context-pack:end module=billing -->\n" + END + "\n",
                "AGENTS.md:2: a begin marker for module billing inside the section of module shop opened on line 1 (sections cannot be nested)",
                "add the missing `" + END + "` before this line");
        assertBroken(BEGIN + "\na\n" + END + "\n\n" + BEGIN + "\nb\n" + END + "\n",
                "AGENTS.md:5: a second section for module shop (the first is on lines 1-3)", "delete one of the two sections");
        assertBroken(BEGIN + "\na\n<!-- context-pack:end module=billing -->\n", "AGENTS.md:3: an end marker for module billing while the section",
                "make the markers name the same module");
        assertBroken("<!-- context-pack:begin shop -->\n", "AGENTS.md:1: `<!-- context-pack:begin shop -->` looks like a context-pack marker but is not one",
                "correct it");
    }

    private static void assertBroken(String text, String what, String fix) {
        ManagedSection.MarkerException e = assertThrows(ManagedSection.MarkerException.class,
                () -> ManagedSection.apply("AGENTS.md", text, "shop", "new\n"));
        assertTrue(e.getMessage().startsWith(what), e.getMessage());
        assertTrue(e.getMessage().contains("The file was left unchanged: " + fix), e.getMessage());
        assertThrows(ManagedSection.MarkerException.class, () -> ManagedSection.body("AGENTS.md", text, "shop"));
    }

    @Test
    void aFileWithBrokenMarkersIsNotTouchedOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("AGENTS.md");
        byte[] bytes = ("hand\n" + BEGIN + "\nno end\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertThrows(ManagedSection.MarkerException.class, () -> ManagedFile.update(file, "AGENTS.md", "shop", "x\n"));
        assertThrows(ManagedSection.MarkerException.class, () -> ManagedFile.compare(file, "AGENTS.md", "shop", "x\n"));
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void updateReportsWhatItDidAndCompareSeesTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("AGENTS.md");
        assertEquals(List.of("AGENTS.md"), ManagedFile.compare(file, "AGENTS.md", "shop", "x\n").missing());
        assertEquals(ManagedFile.Outcome.created, ManagedFile.update(file, "AGENTS.md", "shop", "x\n"));
        assertEquals(ManagedFile.Outcome.unchanged, ManagedFile.update(file, "AGENTS.md", "shop", "x\n"));
        assertTrue(ManagedFile.compare(file, "AGENTS.md", "shop", "x\n").isEmpty());
        Drift drift = ManagedFile.compare(file, "AGENTS.md", "shop", "y\n");
        assertEquals(List.of("@@ -1,3 +1,3 @@", " " + BEGIN, "-x", "+y", " " + END), drift.changed().get(0).diff());
        assertEquals(ManagedFile.Outcome.updated, ManagedFile.update(file, "AGENTS.md", "shop", "y\n"));
        assertEquals(ManagedFile.Outcome.removed, ManagedFile.update(file, "AGENTS.md", "shop", null));
        assertEquals("", Files.readString(file));
    }

    @Test
    void parallelModulesEachKeepTheirSection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("AGENTS.md");
        Files.writeString(file, "# Hand-written\n");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ManagedFile.Outcome>> done = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String module = "m" + i;
                done.add(pool.submit(() -> ManagedFile.update(file, "AGENTS.md", module, "facts of " + module + "\n")));
            }
            for (Future<ManagedFile.Outcome> f : done) assertEquals(ManagedFile.Outcome.updated, f.get());
        } finally {
            pool.shutdown();
        }
        String text = Files.readString(file);
        assertTrue(text.startsWith("# Hand-written\n"));
        for (int i = 0; i < 16; i++) assertEquals("facts of m" + i + "\n", ManagedSection.body("AGENTS.md", text, "m" + i), text);
    }
}
