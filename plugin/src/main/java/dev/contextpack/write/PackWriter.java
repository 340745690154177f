package dev.contextpack.write;

import dev.contextpack.render.PackFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the pack without ever losing a user's work. A file is rewritten only when its content
 * changes, through a temporary file and an atomic move. A manifest records each generated file
 * with the hash it was written with, so that a later run removes only files the plugin wrote, and
 * never overwrites or deletes a file that was edited by hand since.
 */
public final class PackWriter {

    public static final String MANIFEST = ".context-pack-manifest";

    public WriteReport write(Path directory, List<PackFile> files) {
        return write(directory, files, Map.of());
    }

    /** As {@link #write(Path, List)}, with each file's token count recorded in the manifest. */
    public WriteReport write(Path directory, List<PackFile> files, Map<String, Integer> tokens) {
        try {
            Files.createDirectories(directory);
            Map<String, String> previous = readManifest(directory);
            SortedMap<String, String> manifest = new TreeMap<>();
            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (PackFile file : files) {
                Path target = directory.resolve(file.path());
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                String hash = fingerprint(bytes);
                if (Files.exists(target)) {
                    // a checkout with CRLF line ends (core.autocrlf) holds the same text: neither changed nor edited
                    byte[] current = Files.readAllBytes(target);
                    if (java.util.Arrays.equals(current, bytes)
                            || java.util.Arrays.equals(withoutCarriageReturns(current), withoutCarriageReturns(bytes))) {
                        manifest.put(file.path(), hash);
                        unchanged.add(file.path());
                        continue;
                    }
                    String recorded = previous.get(file.path());
                    if (recorded == null) {
                        kept.add(file.path() + ": a file that context-pack did not generate is in the way; it was left as is."
                                + " Move or rename it (or set outputDirectory) and rebuild.");
                        continue;
                    }
                    if (!recorded.equals(fingerprint(current))) {
                        manifest.put(file.path(), recorded);
                        kept.add(file.path() + ": edited by hand since context-pack generated it; it was left as is."
                                + " Move your text to a file of your own, delete this file and rebuild to regenerate it.");
                        continue;
                    }
                }
                atomicWrite(target, bytes);
                manifest.put(file.path(), hash);
                written.add(file.path());
            }
            for (Map.Entry<String, String> old : previous.entrySet()) {
                if (manifest.containsKey(old.getKey()) || files.stream().anyMatch(f -> f.path().equals(old.getKey()))) continue;
                Path stale = directory.resolve(old.getKey()).normalize();
                // the manifest is a file in the repository: never follow it outside the pack
                if (!stale.startsWith(directory.normalize()) || !Files.isRegularFile(stale)) continue;
                if (old.getValue().equals(fingerprint(Files.readAllBytes(stale)))) {
                    Files.delete(stale);
                    deleted.add(old.getKey());
                } else {
                    manifest.put(old.getKey(), old.getValue());
                    kept.add(old.getKey() + ": no longer generated but edited by hand since; it was left as is. Delete it when you no longer need it.");
                }
            }
            writeManifest(directory, manifest, tokens);
            return new WriteReport(List.copyOf(written), List.copyOf(unchanged), List.copyOf(deleted), List.copyOf(kept));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the context pack to " + directory + ": " + e.getMessage(), e);
        }
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
                compareOne(directory, MANIFEST, manifestText(manifest, tokens), changed, missing);
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

    static String manifestText(SortedMap<String, String> manifest, Map<String, Integer> tokens) {
        StringBuilder text = new StringBuilder("# Files generated by context-pack, with the SHA-256 they were written with.\n"
                + "# A later run deletes or overwrites only these files, and only while the hash still matches.\n");
        manifest.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        if (manifest.keySet().stream().anyMatch(tokens::containsKey)) {
            // comment lines: a reader of the hashes skips them
            text.append("# Tokens per file (").append(dev.contextpack.render.Tokens.ENCODING)
                    .append("): what an agent pays to read it.\n");
            manifest.keySet().stream().filter(tokens::containsKey)
                    .forEach(path -> text.append("# ").append(tokens.get(path)).append(" tokens  ").append(path).append('\n'));
        }
        return text.toString();
    }

    private static void writeManifest(Path directory, SortedMap<String, String> manifest, Map<String, Integer> tokens) throws IOException {
        byte[] bytes = manifestText(manifest, tokens).getBytes(StandardCharsets.UTF_8);
        Path target = directory.resolve(MANIFEST);
        if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) atomicWrite(target, bytes);
    }

    static Map<String, String> readManifest(Path directory) throws IOException {
        Path file = directory.resolve(MANIFEST);
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(file)) return entries;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int split = line.indexOf("  ");
            if (split > 0) entries.put(line.substring(split + 2), line.substring(0, split));
        }
        return entries;
    }

    static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its files are readable by their owner only, and the move would keep that.
        Path temp = target.resolveSibling(".context-pack-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
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
