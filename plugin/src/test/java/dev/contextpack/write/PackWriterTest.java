package dev.contextpack.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contextpack.render.PackFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer never loses a user's work and writes nothing when nothing changed. */
class PackWriterTest {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path out;

    private final PackWriter writer = new PackWriter();

    private static final List<PackFile> PACK = List.of(
            new PackFile("README.md", "# Pack\n\nline two\n"),
            new PackFile("model/entities.yaml", "entities:\n  - name: Animal\n    table: animal\n"),
            new PackFile("rules.md", "rule 1\r\nkeeps CRLF\nand ü\n"));

    @AfterEach
    void noTemporaryFileIsLeft() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            List<Path> temps = all.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(".context-pack-") && name.endsWith(".tmp");
            }).toList();
            assertEquals(List.of(), temps);
        }
    }

    @Test
    void firstWriteCreatesEveryFileAndAManifestWithTheirSha256() throws Exception {
        WriteReport report = writer.write(out, PACK);

        assertEquals(List.of("README.md", "model/entities.yaml", "rules.md"), report.written());
        assertEquals(List.of(), report.unchanged());
        assertEquals(List.of(), report.deleted());
        assertEquals(List.of(), report.kept());
        for (PackFile file : PACK) {
            assertArrayEquals(file.content().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve(file.path())),
                    file.path() + " is written byte for byte (line ends and UTF-8 kept)");
        }
        Map<String, String> manifest = manifest();
        assertEquals(3, manifest.size());
        for (PackFile file : PACK) {
            // the manifest hashes the text with LF line ends, so a CRLF checkout of the same text matches it
            assertEquals(sha256(file.content().replace("\r\n", "\n")), manifest.get(file.path()), file.path());
        }
        assertEquals(manifest, PackWriter.readManifest(out));
    }

    @Test
    void contentIsWrittenByteIdenticalWithLfLineEnds() throws Exception {
        writer.write(out, List.of(new PackFile("a.md", "one\ntwo\n\nthree")));

        byte[] bytes = Files.readAllBytes(out.resolve("a.md"));
        assertArrayEquals("one\ntwo\n\nthree".getBytes(StandardCharsets.UTF_8), bytes);
        for (byte b : bytes) assertFalse(b == '\r', "no CR was added");
        for (byte b : Files.readAllBytes(out.resolve(PackWriter.MANIFEST))) assertFalse(b == '\r', "manifest uses LF");
    }

    @Test
    void writingTheSameFilesAgainWritesNothing() throws Exception {
        writer.write(out, PACK);
        ageEverything();
        byte[] manifestBefore = Files.readAllBytes(out.resolve(PackWriter.MANIFEST));

        WriteReport second = writer.write(out, PACK);

        assertEquals(List.of(), second.written());
        assertEquals(List.of("README.md", "model/entities.yaml", "rules.md"), second.unchanged());
        assertEquals(List.of(), second.deleted());
        assertEquals(List.of(), second.kept());
        for (PackFile file : PACK) {
            assertEquals(OLD, Files.getLastModifiedTime(out.resolve(file.path())), file.path() + " was not rewritten");
        }
        assertEquals(OLD, Files.getLastModifiedTime(out.resolve(PackWriter.MANIFEST)), "manifest was not rewritten");
        assertArrayEquals(manifestBefore, Files.readAllBytes(out.resolve(PackWriter.MANIFEST)));
    }

    @Test
    void aChangedContentIsRewrittenAndTheManifestUpdated() throws Exception {
        writer.write(out, PACK);
        ageEverything();

        List<PackFile> changed = List.of(PACK.get(0), new PackFile("model/entities.yaml", "entities: []\n"), PACK.get(2));
        WriteReport report = writer.write(out, changed);

        assertEquals(List.of("model/entities.yaml"), report.written());
        assertEquals(List.of("README.md", "rules.md"), report.unchanged());
        assertEquals("entities: []\n", Files.readString(out.resolve("model/entities.yaml")));
        assertEquals(sha256("entities: []\n"), manifest().get("model/entities.yaml"));
        assertEquals(OLD, Files.getLastModifiedTime(out.resolve("README.md")));
    }

    @Test
    void aFileEditedByHandIsNeverOverwrittenAndStaysProtected() throws Exception {
        writer.write(out, PACK);
        Path readme = out.resolve("README.md");
        Files.writeString(readme, "# Pack\n\nMY NOTES\n");
        String recorded = manifest().get("README.md");

        List<PackFile> next = List.of(new PackFile("README.md", "# Pack v2\n"), PACK.get(1), PACK.get(2));
        WriteReport report = writer.write(out, next);

        assertEquals("# Pack\n\nMY NOTES\n", Files.readString(readme), "the user's text is kept");
        assertEquals(List.of(), report.written());
        assertEquals(1, report.kept().size());
        String message = report.kept().get(0);
        assertTrue(message.startsWith("README.md"), message);
        assertTrue(message.contains("edited by hand"), message);
        assertTrue(message.contains("delete this file and rebuild"), "tells what to do: " + message);
        assertEquals(recorded, manifest().get("README.md"), "the manifest keeps the hash it was generated with");

        // Next run: still protected, even though the generated content changes again.
        WriteReport third = writer.write(out, List.of(new PackFile("README.md", "# Pack v3\n"), PACK.get(1), PACK.get(2)));
        assertEquals("# Pack\n\nMY NOTES\n", Files.readString(readme));
        assertEquals(1, third.kept().size());
        assertTrue(third.kept().get(0).startsWith("README.md"));
        assertEquals(List.of(), third.written());

        // Once the user deletes it, the file is generated again.
        Files.delete(readme);
        WriteReport fourth = writer.write(out, List.of(new PackFile("README.md", "# Pack v3\n"), PACK.get(1), PACK.get(2)));
        assertEquals(List.of("README.md"), fourth.written());
        assertEquals("# Pack v3\n", Files.readString(readme));
        assertEquals(sha256("# Pack v3\n"), manifest().get("README.md"));
    }

    @Test
    void aHandWrittenFileAtAGeneratedPathIsLeftAlone() throws Exception {
        Path mine = out.resolve("README.md");
        Files.writeString(mine, "my own readme\n");

        WriteReport report = writer.write(out, PACK);

        assertEquals("my own readme\n", Files.readString(mine));
        assertEquals(List.of("model/entities.yaml", "rules.md"), report.written());
        assertEquals(1, report.kept().size());
        assertTrue(report.kept().get(0).startsWith("README.md"), report.kept().get(0));
        assertTrue(report.kept().get(0).contains("did not generate"), report.kept().get(0));
        assertFalse(manifest().containsKey("README.md"), "a file the plugin did not write is not claimed");

        WriteReport again = writer.write(out, PACK);
        assertEquals("my own readme\n", Files.readString(mine));
        assertEquals(1, again.kept().size());
        assertFalse(manifest().containsKey("README.md"));
    }

    @Test
    void aFileNoLongerGeneratedIsDeletedWhenUnmodified() throws Exception {
        writer.write(out, PACK);

        WriteReport report = writer.write(out, List.of(PACK.get(0), PACK.get(2)));

        assertEquals(List.of("model/entities.yaml"), report.deleted());
        assertFalse(Files.exists(out.resolve("model/entities.yaml")));
        assertFalse(manifest().containsKey("model/entities.yaml"));
        assertEquals(List.of("README.md", "rules.md"), report.unchanged());
        assertEquals(List.of(), report.kept());
    }

    @Test
    void aFileNoLongerGeneratedButEditedByHandIsKeptAndReported() throws Exception {
        writer.write(out, PACK);
        Path entities = out.resolve("model/entities.yaml");
        Files.writeString(entities, "entities: mine\n");

        WriteReport report = writer.write(out, List.of(PACK.get(0), PACK.get(2)));

        assertEquals(List.of(), report.deleted());
        assertEquals("entities: mine\n", Files.readString(entities));
        assertEquals(1, report.kept().size());
        assertTrue(report.kept().get(0).startsWith("model/entities.yaml"), report.kept().get(0));
        assertTrue(report.kept().get(0).contains("no longer generated"), report.kept().get(0));
        assertTrue(manifest().containsKey("model/entities.yaml"), "still tracked so it stays protected");

        WriteReport again = writer.write(out, List.of(PACK.get(0), PACK.get(2)));
        assertEquals(List.of(), again.deleted());
        assertEquals(1, again.kept().size());
        assertTrue(Files.exists(entities));
    }

    @Test
    void filesOutsideTheManifestAreNeverTouched() throws Exception {
        Path notes = out.resolve("notes.txt");
        Path nested = out.resolve("model/extra.yaml");
        Files.createDirectories(nested.getParent());
        Files.writeString(notes, "keep me\n");
        Files.writeString(nested, "also mine\n");
        Files.setLastModifiedTime(notes, OLD);
        Files.setLastModifiedTime(nested, OLD);

        writer.write(out, PACK);
        writer.write(out, List.of(PACK.get(0)));
        writer.write(out, List.of());

        assertEquals("keep me\n", Files.readString(notes));
        assertEquals("also mine\n", Files.readString(nested));
        assertEquals(OLD, Files.getLastModifiedTime(notes));
        assertEquals(OLD, Files.getLastModifiedTime(nested));
        assertFalse(Files.exists(out.resolve("README.md")), "generated files are gone");
        assertFalse(Files.exists(out.resolve("rules.md")));
        assertEquals(Map.of(), manifest());
    }

    @Test
    void aManifestEntryWhoseFileWasDeletedIsDroppedQuietly() throws Exception {
        writer.write(out, PACK);
        Files.delete(out.resolve("rules.md"));

        WriteReport report = writer.write(out, List.of(PACK.get(0), PACK.get(1)));

        assertEquals(List.of(), report.deleted());
        assertEquals(List.of(), report.kept());
        assertFalse(manifest().containsKey("rules.md"));
    }

    @Test
    void generatedFilesGetTheUsualPermissionsNotThoseOfATempFile() throws Exception {
        assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path reference = out.resolve("reference.txt");
        Files.writeString(reference, "x");

        writer.write(out, PACK);
        writer.write(out, List.of(new PackFile("README.md", "changed\n"), PACK.get(1), PACK.get(2)));

        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(reference);
        for (String name : List.of("README.md", "model/entities.yaml", PackWriter.MANIFEST)) {
            assertEquals(usual, Files.getPosixFilePermissions(out.resolve(name)), name);
        }
    }

    @Test
    void theOutputDirectoryIsCreated() throws Exception {
        Path deep = out.resolve("a/b/context");
        WriteReport report = writer.write(deep, List.of(new PackFile("x.md", "x\n")));
        assertEquals(List.of("x.md"), report.written());
        assertEquals("x\n", Files.readString(deep.resolve("x.md")));
        assertTrue(Files.isRegularFile(deep.resolve(PackWriter.MANIFEST)));
    }

    private Map<String, String> manifest() throws IOException {
        Map<String, String> entries = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve(PackWriter.MANIFEST), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split(" {2}", 2);
            assertEquals(2, parts.length, "manifest line '" + line + "' is '<sha256>  <path>'");
            assertTrue(parts[0].matches("[0-9a-f]{64}"), "sha256 hex: " + parts[0]);
            entries.put(parts[1], parts[0]);
        }
        return entries;
    }

    private void ageEverything() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, OLD);
        }
    }

    @Test
    void aCrlfCheckoutOfAGeneratedFileIsNeitherChangedNorEditedByHand() throws Exception {
        writer.write(out, PACK);
        Path readme = out.resolve("README.md");
        String crlf = Files.readString(readme, StandardCharsets.UTF_8).replace("\n", "\r\n");
        Files.writeString(readme, crlf, StandardCharsets.UTF_8);
        WriteReport again = writer.write(out, PACK);
        assertEquals(List.of(), again.kept(), "not reported as edited by hand");
        assertTrue(again.unchanged().contains("README.md"));
        assertEquals(crlf, Files.readString(readme, StandardCharsets.UTF_8), "the checkout is left as it is");
    }

    @Test
    void aManifestEntryOutsideThePackIsNeverFollowed() throws Exception {
        Path outside = out.getParent().resolve("outside-" + System.nanoTime() + ".txt");
        Files.writeString(outside, "precious\n", StandardCharsets.UTF_8);
        try {
            Files.writeString(out.resolve(PackWriter.MANIFEST), sha256("precious\n") + "  ../" + outside.getFileName() + "\n");
            writer.write(out, PACK);
            assertTrue(Files.exists(outside), "a crafted manifest cannot delete a file outside the pack");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
