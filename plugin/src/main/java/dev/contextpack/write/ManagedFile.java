package dev.contextpack.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one module's {@link ManagedSection} into a shared hand-written file. The modules of a
 * parallel build ({@code -T}) each read, change and replace the same file: a lock (within this JVM,
 * and a file lock for other processes) makes each update see the previous one.
 */
public final class ManagedFile {

    public enum Outcome { created, updated, unchanged, removed }

    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private ManagedFile() {
    }

    /**
     * Sets the section of {@code module} to {@code body} (null: removes it). {@code name} is how
     * messages name the file (relative to the build's top directory).
     *
     * @throws ManagedSection.MarkerException when the file's markers are broken; the file is not touched
     */
    public static Outcome update(Path file, String name, String module, String body) {
        Path key = file.toAbsolutePath().normalize();
        synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
            // One empty lock file per AGENTS.md path, shared by every module and build and reused by
            // every run; it stays on purpose: deleting it after unlocking would let a build that had
            // already opened it and a build that creates a new one lock two different files at once.
            Path lockFile = Path.of(System.getProperty("java.io.tmpdir"),
                    "context-pack-" + PackWriter.sha256(key.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                String current = Files.isRegularFile(key) ? Files.readString(key, StandardCharsets.UTF_8) : null;
                String next = ManagedSection.apply(name, current, module, body);
                if (next == null || next.equals(current)) return Outcome.unchanged;
                new PackWriter().atomicWrite(key, next.getBytes(StandardCharsets.UTF_8));
                return current == null ? Outcome.created : body == null ? Outcome.removed : Outcome.updated;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot update " + name + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * How the file differs from what {@link #update} would make of it; never writes. A CRLF file
     * with the same text is equal.
     *
     * @throws ManagedSection.MarkerException when the file's markers are broken
     */
    public static Drift compare(Path file, String name, String module, String body) {
        try {
            String current = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            String next = ManagedSection.apply(name, current, module, body);
            if (current == null) {
                return next == null ? new Drift(List.of(), List.of(), List.of()) : new Drift(List.of(), List.of(name), List.of());
            }
            if (next.replace("\r\n", "\n").equals(current.replace("\r\n", "\n"))) return new Drift(List.of(), List.of(), List.of());
            return new Drift(List.of(new Drift.Change(name, UnifiedDiff.diff(current, next))), List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
