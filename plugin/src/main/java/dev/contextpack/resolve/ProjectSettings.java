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
 * Profile-specific files are not read: the pack describes the default profile.
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
        return new ProjectSettings(values, sources);
    }

    public String get(String key) {
        return values.get(key);
    }

    public String source(String key) {
        return sources.get(key);
    }

    private static Map<String, String> properties(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k.trim(), properties.getProperty(k).trim()));
        return values;
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
            throw new IllegalStateException("Cannot read " + path.getFileName() + ": " + e.getMessage()
                    + ". Fix the YAML so that it parses.", e);
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
