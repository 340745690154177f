package dev.contextpack.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The application's own settings files as the build put them in the classes directory:
 * {@code application.properties} and {@code application.yml}/{@code .yaml} (Spring Boot). Keys are
 * flattened ({@code spring.jpa.database-platform}); each value remembers the file it came from.
 * The default profile is what the model is built with; profile files ({@code application-prod.yml})
 * are read separately by {@link #profiles(Path)}, so the pack can say what each profile changes.
 */
public record ProjectSettings(Map<String, String> values, Map<String, String> sources) {

    public static ProjectSettings read(Path classesDirectory) {
        Map<String, String> values = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        // Spring Boot loads .properties after .yml with higher precedence: read it last.
        for (String file : new String[] {"application.yaml", "application.yml", "application.properties"}) {
            Path path = classesDirectory.resolve(file);
            if (!Files.isRegularFile(path)) continue;
            Map<String, String> read = file.endsWith(".properties") ? properties(path) : yaml(path);
            read.forEach((k, v) -> {
                values.put(k, v);
                sources.put(k, file);
            });
        }
        resolvePlaceholders(values, sources);
        return new ProjectSettings(values, sources);
    }

    private static final java.util.regex.Pattern PROFILE_FILE = java.util.regex.Pattern.compile("application-(.+)\\.(properties|ya?ml)");

    /** Profile name -> that profile's own files ({@code application-<profile>.properties/.yml/.yaml}), sorted by profile. */
    public static Map<String, ProjectSettings> profiles(Path classesDirectory) {
        Map<String, ProjectSettings> profiles = new TreeMap<>();
        java.io.File[] files = classesDirectory.toFile().listFiles();
        if (files == null) return profiles;
        java.util.Arrays.sort(files);
        for (java.io.File file : files) {
            java.util.regex.Matcher m = PROFILE_FILE.matcher(file.getName());
            if (!file.isFile() || !m.matches()) continue;
            ProjectSettings profile = profiles.computeIfAbsent(m.group(1), k -> new ProjectSettings(new TreeMap<>(), new TreeMap<>()));
            Map<String, String> read = m.group(2).equals("properties") ? properties(file.toPath()) : yaml(file.toPath());
            read.forEach((k, v) -> {
                // .properties wins over .yml, as in Spring Boot
                if (m.group(2).equals("properties") || !profile.values().containsKey(k)) {
                    profile.values().put(k, v);
                    profile.sources().put(k, file.getName());
                }
            });
        }
        return profiles;
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    /**
     * {@code ${key}} and {@code ${key:default}} from the same files. A value that still depends on
     * the environment (an unknown key without default) is left out: the pack must not guess it.
     */
    private static void resolvePlaceholders(Map<String, String> values, Map<String, String> sources) {
        for (int pass = 0; pass < 5; pass++) {
            boolean changed = false;
            for (Map.Entry<String, String> e : values.entrySet()) {
                java.util.regex.Matcher m = PLACEHOLDER.matcher(e.getValue());
                StringBuilder out = new StringBuilder();
                boolean replaced = false;
                while (m.find()) {
                    String value = values.get(m.group(1).trim());
                    if (value == null) value = m.group(2);
                    if (value == null || value.contains("${" + m.group(1))) continue;
                    m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
                    replaced = true;
                }
                if (replaced) {
                    m.appendTail(out);
                    e.setValue(out.toString());
                    changed = true;
                }
            }
            if (!changed) break;
        }
        values.entrySet().removeIf(e -> {
            boolean unresolved = e.getValue().contains("${");
            if (unresolved) sources.remove(e.getKey());
            return unresolved;
        });
    }

    public String get(String key) {
        return values.get(key);
    }

    public String source(String key) {
        return sources.get(key);
    }

    /**
     * A .properties file, split into documents at {@code #---} / {@code !---} lines as Spring Boot
     * does; documents activated by a profile ({@code spring.config.activate.*}) are left out.
     */
    private static Map<String, String> properties(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String document : text.split("(?m)^[#!]---\\s*$")) {
            Properties properties = new Properties();
            try (Reader reader = new java.io.StringReader(document)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new SettingsFileException("Cannot read " + path.getFileName() + " (in " + path.getParent() + ", copied from your resources)"
                        + badEscape(text) + ": " + e.getMessage() + " Fix the properties file so that it loads; nothing was written.", e);
            }
            if (properties.stringPropertyNames().stream().anyMatch(k -> k.trim().startsWith("spring.config.activate."))) continue;
            properties.stringPropertyNames().forEach(k -> values.put(k.trim(), properties.getProperty(k).trim()));
        }
        return values;
    }

    /** The line of a malformed {@code \\uXXXX} escape, which {@link Properties#load} reports without one. */
    private static String badEscape(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u(?![0-9a-fA-F]{4})").matcher(text);
        if (!m.find()) return "";
        return " at line " + (text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1);
    }

    private static Map<String, String> yaml(Path path) {
        Map<String, String> values = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(path)) {
            ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
            // Multi-document files: the first document without spring.config.activate is the default profile.
            Iterator<JsonNode> documents = mapper.readerFor(JsonNode.class).readValues(in);
            while (documents.hasNext()) {
                JsonNode doc = documents.next();
                if (doc == null) continue;
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", doc, flat);
                // spring.config.activate.* (nested or dotted) makes a document profile-specific
                if (flat.keySet().stream().anyMatch(k -> k.startsWith("spring.config.activate."))) continue;
                values.putAll(flat);
            }
        } catch (IOException | RuntimeException e) {
            throw new SettingsFileException("Cannot read " + path.getFileName() + " (in " + path.getParent() + ", copied from your resources): "
                    + e.getMessage() + ". Fix the YAML so that it parses; nothing was written.", e);
        }
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) flatten(prefix + "[" + i + "]", node.get(i), out);
        } else if (!node.isNull()) {
            out.put(prefix, node.asText());
        }
    }
}
