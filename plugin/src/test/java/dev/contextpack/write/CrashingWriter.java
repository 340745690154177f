package dev.contextpack.write;

import dev.contextpack.render.PackFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the writer in a JVM of its own, for tests that kill it: {@code halt DIR VERSION N} dies
 * (Runtime.halt: no finally block, no shutdown hook) half-way through the Nth file it writes;
 * {@code loop DIR} rewrites the pack as version 1 and 2 until it is killed; {@code hold DIR MILLIS}
 * writes version 1 slowly, holding the directory's lock.
 */
public final class CrashingWriter {

    static final int FILES = 30;

    /** A pack of {@link #FILES} pages and an index, about 8 KB each, whose every byte depends on the version. */
    static List<PackFile> version(int v) {
        List<PackFile> files = new ArrayList<>();
        files.add(new PackFile("README.md", "# Pack version " + v + "\n"));
        for (int i = 0; i < FILES; i++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 300; line++) text.append("version ").append(v).append(" page ").append(i).append(" line ").append(line).append('\n');
            files.add(new PackFile("entities/E" + i + ".md", text.toString()));
        }
        return files;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "halt" -> {
                int version = Integer.parseInt(args[2]);
                int dieAt = Integer.parseInt(args[3]);
                AtomicInteger calls = new AtomicInteger();
                PackWriter.FileOps dying = new PackWriter.FileOps() {
                    @Override
                    public void write(Path file, byte[] bytes) throws IOException {
                        if (calls.incrementAndGet() == dieAt) {
                            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2), StandardOpenOption.CREATE_NEW);
                            Runtime.getRuntime().halt(77);
                        }
                        PackWriter.FileOps.super.write(file, bytes);
                    }
                };
                new PackWriter(dying, Duration.ofSeconds(30), m -> { }).write(dir, version(version));
                System.exit(0);
            }
            case "loop" -> {
                PackWriter writer = new PackWriter();
                for (int i = 0; ; i++) {
                    writer.write(dir, version(1 + i % 2));
                    System.out.println("wrote");
                    System.out.flush();
                }
            }
            case "hold" -> {
                long millis = Long.parseLong(args[2]);
                AtomicInteger calls = new AtomicInteger();
                PackWriter.FileOps slow = new PackWriter.FileOps() {
                    @Override
                    public void write(Path file, byte[] bytes) throws IOException {
                        if (calls.incrementAndGet() == 1) {
                            System.out.println("locked");
                            System.out.flush();
                            try {
                                Thread.sleep(millis);
                            } catch (InterruptedException e) {
                                throw new IOException(e);
                            }
                        }
                        PackWriter.FileOps.super.write(file, bytes);
                    }
                };
                new PackWriter(slow, Duration.ofSeconds(30), m -> { }).write(dir, version(1));
                System.exit(0);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Starts this class in a new JVM with the test class path. */
    static Process fork(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
