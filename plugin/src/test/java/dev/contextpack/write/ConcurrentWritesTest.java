package dev.contextpack.write;

import dev.contextpack.render.PackFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two runs on one module at once: the second waits for the first, or gives up cleanly; the manifest is never corrupted. */
class ConcurrentWritesTest {

    @TempDir
    Path out;

    @Test
    void twoThreadsWritingOneDirectoryTakeTurns() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<String> kept = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 1; t <= 2; t++) {
                int version = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 8; i++) kept.addAll(new PackWriter().write(out, CrashingWriter.version(version)).kept());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) run.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // without the lock, one run sees the other's files as edited by hand, or a move fails
        assertEquals(List.of(), kept);
        WriteFaultsTest.assertConsistent(out, 1, 2);
        String readme = Files.readString(out.resolve("README.md"));
        int last = readme.contains("version 1") ? 1 : 2;
        for (PackFile f : CrashingWriter.version(last)) assertEquals(f.content(), Files.readString(out.resolve(f.path())), "all files of the last run");
        assertEquals(PackWriter.readManifestHashes(out).size(), CrashingWriter.FILES + 1, "one hash per file");
        assertFalse(Files.exists(out.resolve(PackLock.FILE)), "the lock file is gone when no run writes");
    }

    @Test
    void aRunInAnotherProcessIsWaitedForOrGivenUpOnCleanly() throws Exception {
        Process child = CrashingWriter.fork("hold", out.toString(), "2500");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", lines.readLine());
            Map<String, byte[]> during = WriteFaultsTest.snapshot(out);

            List<String> told = new ArrayList<>();
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> new PackWriter(new PackWriter.FileOps() { }, Duration.ofMillis(300), told::add).write(out, CrashingWriter.version(2)));
            assertTrue(e.getMessage().contains("another context-pack run") && e.getMessage().contains("Nothing was written"), e.getMessage());
            assertEquals(during.keySet(), WriteFaultsTest.snapshot(out).keySet(), "giving up changes nothing");
            assertEquals(1, told.size(), "the user is told once that the run waits");

            told.clear();
            WriteReport report = new PackWriter(told::add).write(out, CrashingWriter.version(2));
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
            assertEquals(1, told.size());
            assertTrue(told.get(0).contains("another run is writing"), told.get(0));
            assertEquals(List.of(), report.kept());
            assertEquals(CrashingWriter.FILES + 1, report.written().size(), "the waiting run wrote after the other finished");
        }
        WriteFaultsTest.assertConsistent(out, 2);
    }
}
