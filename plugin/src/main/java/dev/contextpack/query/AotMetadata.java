package dev.contextpack.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Spring Data 4's AOT repository metadata ({@code <Repository>.json}, written by Spring's AOT processing
 * at {@code prepare-package}, after this goal runs): the query Spring Data generated for each method.
 * It is a cross-check, never a second truth, and only read when it is at least as new as the
 * repository's class file; otherwise it describes an earlier version of the code.
 */
final class AotMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path classesDirectory;

    AotMetadata(Path classesDirectory) {
        this.classesDirectory = classesDirectory;
    }

    /** Method name -> the query Spring Data's AOT processing generated, for a repository; empty when there is none (or it is stale). */
    Map<String, String> queries(String repositoryClass) {
        if (classesDirectory == null) return Map.of();
        String relative = repositoryClass.replace('.', '/');
        Path classFile = classesDirectory.resolve(relative + ".class");
        Path target = classesDirectory.getParent();
        for (Path json : new Path[]{classesDirectory.resolve(relative + ".json"),
                target == null ? null : target.resolve("spring-aot/main/resources").resolve(relative + ".json")}) {
            if (json == null || !Files.isRegularFile(json)) continue;
            try {
                if (Files.isRegularFile(classFile) && Files.getLastModifiedTime(json).compareTo(Files.getLastModifiedTime(classFile)) < 0) continue;
                JsonNode root = JSON.readTree(json.toFile());
                if (!repositoryClass.equals(root.path("name").asText())) continue;
                Map<String, String> queries = new HashMap<>();
                for (JsonNode method : root.path("methods")) {
                    String query = method.path("query").path("query").asText(null);
                    // overloads: a name with two different queries is ambiguous, so it is left out
                    if (query != null) queries.merge(method.path("name").asText(), query, (a, b) -> a.equals(b) ? a : "");
                }
                queries.values().removeIf(String::isEmpty);
                return queries;
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
        }
        return Map.of();
    }
}
