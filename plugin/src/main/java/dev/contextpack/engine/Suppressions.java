package dev.contextpack.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.contextpack.model.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings a team has accepted, each with its reason: a YAML list of {code, class, member, reason}.
 * A baseline is the same file written from the current findings, so a legacy project can turn on
 * failOnSeverity for new findings only.
 */
public final class Suppressions {

    public record Suppression(String code, String className, String member, String reason) {
        boolean matches(Finding f) {
            return code.equals(f.code()) && Objects.equals(className, f.className())
                    && (member == null || member.equals(f.member()));
        }
    }

    private final List<Suppression> entries;

    private Suppressions(List<Suppression> entries) {
        this.entries = entries;
    }

    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    public static Suppressions read(Path file) {
        if (file == null || !Files.isRegularFile(file)) return none();
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            List<Suppression> entries = new ArrayList<>();
            if (root != null && root.isArray()) {
                int i = 0;
                for (JsonNode node : root) {
                    i++;
                    String code = text(node, "code");
                    String reason = text(node, "reason");
                    if (code == null || reason == null || reason.isBlank()) {
                        throw new IllegalArgumentException("Suppression " + i + " in " + file.getFileName()
                                + " needs a code and a reason (why the team accepts the finding); add them or remove the entry.");
                    }
                    entries.add(new Suppression(code, text(node, "class"), text(node, "member"), reason));
                }
            } else if (root != null && !root.isMissingNode() && !root.isNull()) {
                throw new IllegalArgumentException(file.getFileName() + " must be a YAML list of {code, class, member, reason}.");
            }
            return new Suppressions(List.copyOf(entries));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the suppression file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Suppression s = entries.stream().filter(e -> e.matches(f)).findFirst().orElse(null);
            out.add(s == null ? f : f.suppressedBecause(s.reason()));
        }
        return out;
    }

    /** Writes every unsuppressed finding as accepted, keeping the entries already there. */
    public static void writeBaseline(Path file, List<Finding> findings, String reason) {
        List<Map<String, String>> entries = new ArrayList<>();
        Suppressions existing = read(file);
        for (Suppression s : existing.entries) entries.add(entry(s.code(), s.className(), s.member(), s.reason()));
        for (Finding f : findings) {
            if (f.suppressed() == null) entries.add(entry(f.code(), f.className(), f.member(), reason));
        }
        try {
            ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
            String text = "# Findings the team accepts: context-pack still lists them in the pack, but they no longer warn or fail the build.\n"
                    + yaml.writeValueAsString(entries).replace("\r\n", "\n");
            // the team's file: replaced in one move, so a build stopped here leaves the old list whole
            Path temp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> entry(String code, String className, String member, String reason) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("code", code);
        if (className != null) map.put("class", className);
        if (member != null) map.put("member", member);
        map.put("reason", reason);
        return map;
    }
}
