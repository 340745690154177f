package dev.contextpack.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One writer per output directory at a time, across threads and processes: a second run on the
 * same module waits for the first and then finds its files current. The lock file lives in the
 * output directory only while a run writes; the operating system releases the lock of a process
 * that dies, and a lock file left by it is simply reused.
 *
 * <p>The file is deleted by its holder before release, so a waiter may get the lock of a deleted
 * file: it compares the identity of the file at the path before and after locking, and tries again
 * when they differ.
 */
final class PackLock implements AutoCloseable {

    static final String FILE = ".context-pack.lock";
    /** File locks belong to the process: threads of one JVM (parallel builds, tests) queue here first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private PackLock(Path file, ReentrantLock local, FileChannel channel, FileLock lock) {
        this.file = file;
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    static PackLock acquire(Path directory, Duration timeout, Consumer<String> waiting) throws IOException {
        Path file = directory.resolve(FILE);
        long deadline = System.nanoTime() + timeout.toNanos();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(directory, d -> new ReentrantLock());
        boolean told = false;
        try {
            if (!local.tryLock()) {
                waiting.accept(waitingMessage(directory));
                told = true;
                if (!local.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) throw timedOut(directory, timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for another context-pack run on " + directory, e);
        }
        try {
            while (true) {
                Object before = fileKey(file);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = null;
                try {
                    lock = channel.tryLock();
                    // the file we locked must still be the one at the path (its holder deletes it before release)
                    if (lock != null && before != null && before.equals(fileKey(file))) return new PackLock(file, local, channel, lock);
                } catch (IOException | RuntimeException e) {
                    close(channel, lock);
                    throw e;
                }
                close(channel, lock);
                if (lock != null) continue;
                if (System.nanoTime() > deadline) throw timedOut(directory, timeout);
                if (!told) {
                    waiting.accept(waitingMessage(directory));
                    told = true;
                }
                sleep(25);
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /**
     * The file's identity, read without opening it: closing any descriptor of a file releases the
     * process's POSIX locks on it, so the lock file is never opened a second time.
     */
    private static Object fileKey(Path file) throws IOException {
        try {
            Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key != null ? key : Boolean.TRUE;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String waitingMessage(Path directory) {
        return "context-pack: another run is writing " + directory + "; waiting for it to finish.";
    }

    private static IOException timedOut(Path directory, Duration timeout) {
        return new IOException("another context-pack run has been writing " + directory + " for more than " + timeout.toSeconds()
                + " seconds (it holds " + FILE + "). Nothing was written: wait for that build to finish and run this one again");
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for another context-pack run", e);
        }
    }

    private static void close(FileChannel channel, FileLock lock) {
        try {
            if (lock != null) lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing held any more
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a lock file left behind is reused by the next run
        } finally {
            close(channel, lock);
            local.unlock();
        }
    }
}
