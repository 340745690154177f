package dev.contextpack.write;

import dev.contextpack.render.PackFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the pack without ever losing a user's work. A file is rewritten only when its content
 * changes, through a temporary file and an atomic move. A manifest records each generated file
 * with the hash it was written with, so that a later run removes only files the plugin wrote, and
 * never overwrites or deletes a file that was edited by hand since.
 *
 * <p>Nothing is written or deleted outside the output directory: paths that leave it and symbolic
 * links inside it are refused. One run at a time writes a directory ({@link PackLock}); a run killed
 * half-way leaves each file either old or new, and a manifest that recognises both.
 */
public final class PackWriter {

    public static final String MANIFEST = ".context-pack-manifest";
    private static final Pattern TEMP = Pattern.compile("\\.context-pack-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
    private static final Duration LOCK_TIMEOUT = Duration.ofMinutes(5);

    /**
     * The file operations that change the disk. Tests replace them to simulate a full disk, a
     * read-only directory or a process that dies half-way through a file.
     */
    interface FileOps {
        default void write(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        default void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        default void delete(Path file) throws IOException {
            Files.delete(file);
        }
    }

    private final FileOps ops;
    private final Duration lockTimeout;
    private final Consumer<String> waiting;

    public PackWriter() {
        this(new FileOps() { }, LOCK_TIMEOUT, message -> { });
    }

    /** @param waiting told once when another run holds the directory and this one waits for it */
    public PackWriter(Consumer<String> waiting) {
        this(new FileOps() { }, LOCK_TIMEOUT, waiting);
    }

    PackWriter(FileOps ops, Duration lockTimeout, Consumer<String> waiting) {
        this.ops = ops;
        this.lockTimeout = lockTimeout;
        this.waiting = waiting;
    }

    public WriteReport write(Path configured, List<PackFile> files) {
        return write(configured, files, Map.of());
    }

    /** As {@link #write(Path, List)}, with each file's token count recorded in the manifest. */
    public WriteReport write(Path configured, List<PackFile> files, Map<String, Integer> tokens) {
        for (PackFile file : files) checkInside(file.path());
        // "a/../pack" is the pack next to a, as the user reads it: no directory "a" is created on the way
        Path directory = configured.toAbsolutePath().normalize();
        Path current = directory;
        try {
            Files.createDirectories(directory);
            // the directory itself may be a link the user configured; everything below it is checked
            Path root = directory.toRealPath();
            try (PackLock lock = PackLock.acquire(root, lockTimeout, waiting)) {
                removeLeftoverTemporaryFiles(root);
                Map<String, Set<String>> previous = readManifestHashes(root);
                SortedMap<String, String> manifest = new TreeMap<>();
                List<PackFile> toWrite = new ArrayList<>();
                List<String> unchanged = new ArrayList<>();
                List<String> deleted = new ArrayList<>();
                List<String> kept = new ArrayList<>();
                Set<String> generated = new java.util.HashSet<>();
                for (PackFile file : files) {
                    generated.add(file.path());
                    Path target = root.resolve(file.path());
                    current = target;
                    if (linkOnTheWay(root, target)) {
                        kept.add(file.path() + ": a symbolic link is in the way; context-pack never writes through links, so it was left as is."
                                + " Replace the link with a plain file or directory (or set outputDirectory) and rebuild.");
                        continue;
                    }
                    byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                    String hash = fingerprint(bytes);
                    if (Files.exists(target)) {
                        // a checkout with CRLF line ends (core.autocrlf) holds the same text: neither changed nor edited
                        byte[] existing = Files.readAllBytes(target);
                        if (java.util.Arrays.equals(existing, bytes)
                                || java.util.Arrays.equals(withoutCarriageReturns(existing), withoutCarriageReturns(bytes))) {
                            manifest.put(file.path(), hash);
                            unchanged.add(file.path());
                            continue;
                        }
                        Set<String> recorded = previous.get(file.path());
                        if (recorded == null) {
                            kept.add(file.path() + ": a file that context-pack did not generate is in the way; it was left as is."
                                    + " Move or rename it (or set outputDirectory) and rebuild.");
                            continue;
                        }
                        if (!recorded.contains(fingerprint(existing))) {
                            manifest.put(file.path(), recorded.iterator().next());
                            kept.add(file.path() + ": edited by hand since context-pack generated it; it was left as is."
                                    + " Move your text to a file of your own, delete this file and rebuild to regenerate it.");
                            continue;
                        }
                    }
                    toWrite.add(file);
                }
                if (!toWrite.isEmpty()) {
                    // Before any file changes, the manifest recognises both the old and the new text of each:
                    // a run killed in the middle leaves files that the next run still knows as its own.
                    SortedMap<String, Set<String>> interim = new TreeMap<>(previous);
                    for (PackFile file : toWrite) {
                        interim.computeIfAbsent(file.path(), k -> new LinkedHashSet<>())
                                .add(fingerprint(file.content().getBytes(StandardCharsets.UTF_8)));
                    }
                    current = root.resolve(MANIFEST);
                    writeManifest(root, interim, Map.of());
                }
                List<String> written = new ArrayList<>();
                for (PackFile file : toWrite) {
                    Path target = root.resolve(file.path());
                    current = target;
                    byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                    atomicWrite(target, bytes);
                    manifest.put(file.path(), fingerprint(bytes));
                    written.add(file.path());
                }
                for (Map.Entry<String, Set<String>> old : previous.entrySet()) {
                    // the manifest is a file in the repository: a path that is no path of the pack is not followed at all
                    if (manifest.containsKey(old.getKey()) || generated.contains(old.getKey()) || !isInside(old.getKey())) continue;
                    Path stale = root.resolve(old.getKey()).normalize();
                    current = stale;
                    if (!stale.startsWith(root) || linkOnTheWay(root, stale)
                            || !Files.isRegularFile(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                    if (old.getValue().contains(fingerprint(Files.readAllBytes(stale)))) {
                        ops.delete(stale);
                        deleted.add(old.getKey());
                    } else {
                        manifest.put(old.getKey(), old.getValue().iterator().next());
                        kept.add(old.getKey() + ": no longer generated but edited by hand since; it was left as is. Delete it when you no longer need it.");
                    }
                }
                current = root.resolve(MANIFEST);
                writeManifest(root, single(manifest), tokens);
                return new WriteReport(List.copyOf(written), List.copyOf(unchanged), List.copyOf(deleted), List.copyOf(kept));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(failure(directory, current, e), e);
        }
    }

    /** What failed, where, and what to do; the pack on disk is consistent whatever the failure. */
    private static String failure(Path directory, Path file, IOException e) {
        String where = file.equals(directory) ? "the output directory " + directory : file.toString();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String fix;
        if (e instanceof AccessDeniedException || reason.contains("Read-only file system")) {
            fix = "it is not writable. Make " + directory + " writable for the user running the build, or set outputDirectory"
                    + " (context-pack.outputDirectory) to a directory that is.";
        } else if (reason.contains("No space left") || reason.contains("Disk quota")) {
            fix = "the disk is full. Free some space and rebuild.";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            fix = "a file is where a directory must be. Move it away or set outputDirectory (context-pack.outputDirectory) elsewhere.";
        } else {
            fix = reason + ".";
        }
        return "context-pack cannot write " + where + ": " + (fix.equals(reason + ".") ? fix : reason + "; " + fix)
                + " Every file of the pack is either as it was or completely rewritten; rebuild once the cause is fixed.";
    }

    /** A generated path must stay inside the output directory: relative, no {@code ..}, no empty part. */
    private static void checkInside(String path) {
        if (!isInside(path)) {
            throw new IllegalArgumentException("context-pack refuses to write '" + path + "': the path leaves the output directory."
                    + " Nothing was written. Report this with the entity or template that produced the name.");
        }
    }

    static boolean isInside(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":") || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
        }
        return !path.equals(MANIFEST) && !path.equals(PackLock.FILE);
    }

    /** A symbolic link at the target or at any directory between the output directory and it. */
    private static boolean linkOnTheWay(Path root, Path target) {
        for (Path p = target; p != null && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) return true;
        }
        return false;
    }

    /** Temporary files of a run that was killed before it could move them into place. */
    private void removeLeftoverTemporaryFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(p -> TEMP.matcher(p.getFileName().toString()).matches()
                    && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                ops.delete(p);
            }
        }
    }

    private static SortedMap<String, Set<String>> single(SortedMap<String, String> manifest) {
        SortedMap<String, Set<String>> hashes = new TreeMap<>();
        manifest.forEach((path, hash) -> hashes.put(path, Set.of(hash)));
        return hashes;
    }

    /**
     * The compare-only mode of {@link #write}: how the directory differs from what writing {@code files}
     * would leave there, manifest included. Never creates, writes or deletes anything. A CRLF checkout
     * of the same text counts as equal.
     */
    public Drift compare(Path directory, List<PackFile> files) {
        return compare(directory, files, Map.of());
    }

    /** As {@link #compare(Path, List)}, for a write with these token counts. */
    public Drift compare(Path directory, List<PackFile> files, Map<String, Integer> tokens) {
        try {
            Map<String, String> previous = readManifest(directory);
            SortedMap<String, String> manifest = new TreeMap<>();
            List<Drift.Change> changed = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            for (PackFile file : files) {
                manifest.put(file.path(), fingerprint(file.content().getBytes(StandardCharsets.UTF_8)));
                compareOne(directory, file.path(), file.content(), changed, missing);
            }
            for (String old : previous.keySet()) {
                if (manifest.containsKey(old)) continue;
                Path stale = directory.resolve(old).normalize();
                if (stale.startsWith(directory.normalize()) && Files.isRegularFile(stale)) extra.add(old);
            }
            if (!files.isEmpty() || Files.exists(directory.resolve(MANIFEST))) {
                compareOne(directory, MANIFEST, manifestText(single(manifest), tokens), changed, missing);
            }
            return new Drift(List.copyOf(changed), List.copyOf(missing), List.copyOf(extra));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the context pack in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void compareOne(Path directory, String path, String expected, List<Drift.Change> changed, List<String> missing)
            throws IOException {
        Path target = directory.resolve(path);
        if (!Files.isRegularFile(target)) {
            missing.add(path);
            return;
        }
        String current = new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
        if (!current.replace("\r\n", "\n").equals(expected.replace("\r\n", "\n"))) {
            List<String> diff = UnifiedDiff.diff(current, expected);
            // same lines, different bytes (a missing final newline): still a difference to show
            changed.add(new Drift.Change(path, diff.isEmpty() ? List.of("(only the final line end differs)") : diff));
        }
    }

    static String manifestText(SortedMap<String, Set<String>> manifest, Map<String, Integer> tokens) {
        StringBuilder text = new StringBuilder("# Files generated by context-pack, with the SHA-256 they were written with.\n"
                + "# A later run deletes or overwrites only these files, and only while the hash still matches.\n");
        manifest.forEach((path, hashes) -> hashes.forEach(hash -> text.append(hash).append("  ").append(path).append('\n')));
        if (manifest.keySet().stream().anyMatch(tokens::containsKey)) {
            // comment lines: a reader of the hashes skips them
            text.append("# Tokens per file (").append(dev.contextpack.render.Tokens.ENCODING)
                    .append("): what an agent pays to read it.\n");
            manifest.keySet().stream().filter(tokens::containsKey)
                    .forEach(path -> text.append("# ").append(tokens.get(path)).append(" tokens  ").append(path).append('\n'));
        }
        return text.toString();
    }

    private void writeManifest(Path directory, SortedMap<String, Set<String>> manifest, Map<String, Integer> tokens) throws IOException {
        byte[] bytes = manifestText(manifest, tokens).getBytes(StandardCharsets.UTF_8);
        Path target = directory.resolve(MANIFEST);
        if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) atomicWrite(target, bytes);
    }

    /** The manifest as path → hash (the last line of a path wins). */
    static Map<String, String> readManifest(Path directory) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        readManifestHashes(directory).forEach((path, hashes) -> entries.put(path, List.copyOf(hashes).get(hashes.size() - 1)));
        return entries;
    }

    /**
     * Path → every hash recorded for it. A path has two only in the manifest of a run that was
     * stopped while writing: the file is then either of the two texts.
     */
    static Map<String, Set<String>> readManifestHashes(Path directory) throws IOException {
        Path file = directory.resolve(MANIFEST);
        Map<String, Set<String>> entries = new TreeMap<>();
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return entries;
        // a hand-mangled manifest must not stop the build: undecodable bytes simply match no path
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int split = line.indexOf("  ");
            if (split > 0) entries.computeIfAbsent(line.substring(split + 2), k -> new LinkedHashSet<>()).add(line.substring(0, split));
        }
        return entries;
    }

    void atomicWrite(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its files are readable by their owner only, and the move would keep that.
        Path temp = target.resolveSibling(".context-pack-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            ops.write(temp, bytes);
            ops.move(temp, target);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the next run removes it; the failure that brought us here is the one to report
            }
        }
    }

    static byte[] withoutCarriageReturns(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The hash the manifest records: of the text with LF line ends, so a CRLF checkout of the same text matches. */
    static String fingerprint(byte[] bytes) {
        return sha256(withoutCarriageReturns(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
