package dev.contextpack.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/** Spring Data's AOT metadata is read only when it is current, and only for the repository it names. */
class AotMetadataTest {

    private static final String JSON = """
            {"name": "com.example.OrderRepository", "module": "JPA", "type": "IMPERATIVE", "methods": [
              {"name": "findByStatus", "signature": "...", "query": {"query": "SELECT o FROM Order o WHERE o.status = :status"}},
              {"name": "save", "signature": "...", "fragment": {"interface": "x", "fragment": "y"}},
              {"name": "find", "signature": "a", "query": {"query": "SELECT 1"}},
              {"name": "find", "signature": "b", "query": {"query": "SELECT 2"}}
            ]}
            """;

    private static Path write(Path classes, String relative, String text, Instant time) throws IOException {
        Path file = classes.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(time));
        return file;
    }

    @Test
    void current_metadata_gives_the_generated_query_of_each_method(@TempDir Path target) throws IOException {
        Path classes = target.resolve("classes");
        write(classes, "com/example/OrderRepository.class", "", Instant.parse("2026-01-01T00:00:00Z"));
        write(target, "spring-aot/main/resources/com/example/OrderRepository.json", JSON, Instant.parse("2026-01-02T00:00:00Z"));
        // fragments have no query; an overloaded name with two queries is ambiguous and left out
        assertEquals(Map.of("findByStatus", "SELECT o FROM Order o WHERE o.status = :status"),
                new AotMetadata(classes).queries("com.example.OrderRepository"));
    }

    @Test
    void metadata_older_than_the_class_describes_earlier_code_and_is_ignored(@TempDir Path target) throws IOException {
        Path classes = target.resolve("classes");
        write(classes, "com/example/OrderRepository.class", "", Instant.parse("2026-01-02T00:00:00Z"));
        write(classes, "com/example/OrderRepository.json", JSON, Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(Map.of(), new AotMetadata(classes).queries("com.example.OrderRepository"));
    }

    @Test
    void metadata_of_another_repository_or_unreadable_metadata_is_ignored(@TempDir Path target) throws IOException {
        Path classes = target.resolve("classes");
        write(classes, "com/example/OtherRepository.json", JSON, Instant.parse("2026-01-02T00:00:00Z"));
        write(classes, "com/example/BrokenRepository.json", "{ not json", Instant.parse("2026-01-02T00:00:00Z"));
        assertEquals(Map.of(), new AotMetadata(classes).queries("com.example.OtherRepository"));
        assertEquals(Map.of(), new AotMetadata(classes).queries("com.example.BrokenRepository"));
        assertEquals(Map.of(), new AotMetadata(classes).queries("com.example.Missing"));
    }
}
