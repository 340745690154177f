package dev.contextpack.write;

import dev.contextpack.render.PackFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Faults while writing: a full disk, a directory that cannot be written, a process killed in the
 * middle of a file. Whatever happens, each file is its old or its new text, never a mix, no
 * temporary file is left for good, and the next run takes over as if nothing happened.
 */
class WriteFaultsTest {

    @TempDir
    Path out;

    /** Every file is one version's text for its path, and the manifest knows the hash of what is on disk. */
    static void assertConsistent(Path dir, int... versions) throws IOException {
        Map<String, Set<String>> manifest = PackWriter.readManifestHashes(dir);
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(p).toString().replace('\\', '/');
                if (path.equals(PackWriter.MANIFEST) || path.endsWith(PackLock.FILE) || path.contains("/.context-pack-") || path.startsWith(".context-pack-")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                boolean known = false;
                for (int v : versions) {
                    for (PackFile f : CrashingWriter.version(v)) {
                        known |= f.path().equals(path) && Arrays.equals(f.content().getBytes(StandardCharsets.UTF_8), bytes);
                    }
                }
                assertTrue(known, path + " is a mix of versions or cut short (" + bytes.length + " bytes)");
                assertTrue(manifest.getOrDefault(path, Set.of()).contains(PackWriter.fingerprint(bytes)),
                        path + ": the manifest does not recognise the text on disk, so the next run would call it edited by hand");
            }
        }
    }

    /** The next run writes a new version everywhere: nothing is mistaken for a hand edit, no temporary file stays. */
    static void assertRecovers(Path dir) throws IOException {
        WriteReport report = new PackWriter().write(dir, CrashingWriter.version(3));
        assertEquals(List.of(), report.kept(), "files written by the interrupted run are still the plugin's");
        for (PackFile f : CrashingWriter.version(3)) assertEquals(f.content(), Files.readString(dir.resolve(f.path())), f.path());
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.equals(PackLock.FILE)).toList());
        }
    }

    /** Fails at the {@code n}th write: half of the bytes reach the disk, then the error. */
    private static PackWriter failingAt(int n, IOException error) {
        AtomicInteger calls = new AtomicInteger();
        return new PackWriter(new PackWriter.FileOps() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (calls.incrementAndGet() == n) {
                    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2), StandardOpenOption.CREATE_NEW);
                    throw error;
                }
                PackWriter.FileOps.super.write(file, bytes);
            }
        }, Duration.ofSeconds(5), m -> { });
    }

    @Test
    void aFullDiskNamesTheFileAndLeavesEveryFileOldOrNew() throws IOException {
        new PackWriter().write(out, CrashingWriter.version(1));

        // write 1 is the interim manifest, 2.. the pages: fail in the middle of the pack
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> failingAt(12, new FileSystemException("x", null, "No space left on device")).write(out, CrashingWriter.version(2)));

        assertTrue(e.getMessage().contains(out.toRealPath().resolve("entities").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("the disk is full") && e.getMessage().contains("Free some space and rebuild"), e.getMessage());
        assertConsistent(out, 1, 2);
        assertTrue(Files.readString(out.resolve("entities/E0.md")).startsWith("version 2"), "files before the failure are new");
        assertTrue(Files.readString(out.resolve("entities/E29.md")).startsWith("version 1"), "files after it are old");
        assertRecovers(out);
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsNamedWithTheFix() throws IOException {
        new PackWriter().write(out, CrashingWriter.version(1));
        Map<String, byte[]> before = snapshot(out);

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> failingAt(1, new AccessDeniedException("x")).write(out, CrashingWriter.version(2)));

        assertTrue(e.getMessage().contains("not writable") && e.getMessage().contains("set outputDirectory"), e.getMessage());
        assertEquals(before.keySet(), snapshot(out).keySet());
        assertConsistent(out, 1);
        assertRecovers(out);
    }

    @Test
    void aFileWhereTheOutputDirectoryShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(out.resolve("context-pack"), "a file, not a directory\n");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new PackWriter().write(file.resolve("pack"), CrashingWriter.version(1)));

        assertTrue(e.getMessage().contains(file.resolve("pack").toString()), e.getMessage());
        assertEquals("a file, not a directory\n", Files.readString(file));
    }

    @Test
    void aReadOnlyDirectoryFailsCleanlyForAnOrdinaryUser() throws IOException {
        // root writes into read-only directories: there the seam test above is the proof
        assumeFalse("root".equals(System.getProperty("user.name")), "root ignores directory permissions");
        new PackWriter().write(out, CrashingWriter.version(1));
        Map<String, byte[]> before = snapshot(out);
        out.toFile().setWritable(false);
        out.resolve("entities").toFile().setWritable(false);
        try {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new PackWriter().write(out, CrashingWriter.version(2)));
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
        } finally {
            out.toFile().setWritable(true);
            out.resolve("entities").toFile().setWritable(true);
        }
        Map<String, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(Arrays.equals(v, after.get(k)), k));
    }

    @Test
    void aProcessKilledInTheMiddleOfAFileLeavesOldOrNewFilesAndTheNextRunTakesOver() throws Exception {
        // 1: the interim manifest; 2: the first page; 17: a page in the middle; 33: the last manifest
        for (int dieAt : new int[] {1, 2, 17, 33}) {
            Path dir = Files.createDirectories(out.resolve("halt-" + dieAt));
            new PackWriter().write(dir, CrashingWriter.version(1));

            Process child = CrashingWriter.fork("halt", dir.toString(), "2", String.valueOf(dieAt));
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals(77, child.exitValue(), "the writer died where it was told to: " + output);

            try (Stream<Path> all = Files.walk(dir)) {
                assertTrue(all.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a half-written temporary file is left, as after a real crash");
            }
            assertConsistent(dir, 1, 2);
            assertRecovers(dir);
        }
    }

    @Test
    void aProcessKilledWithSigkillAtRandomMomentsNeverLeavesAMixedFile() throws Exception {
        Random random = new Random(20261129L);
        for (int round = 0; round < 3; round++) {
            Path dir = Files.createDirectories(out.resolve("kill-" + round));
            Process child = CrashingWriter.fork("loop", dir.toString());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String first = lines.readLine();
                assertEquals("wrote", first, "the writer started");
                Thread.sleep(random.nextInt(120));
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            assertConsistent(dir, 1, 2);
            assertRecovers(dir);
        }
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
