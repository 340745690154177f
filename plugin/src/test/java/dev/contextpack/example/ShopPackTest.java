package dev.contextpack.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The example's committed pack answers issue 4's questions: every repository method is described in
 * plain words with a verdict, settings, transactions and events are listed, and no secret of the
 * example's configuration reaches any generated file.
 */
class ShopPackTest {

    private static final Path SHOP = Path.of("..", "examples", "shop");
    private static final Path PACK = SHOP.resolve("context-pack");

    @Test
    void every_repository_method_says_what_it_queries_and_whether_it_is_valid() throws IOException {
        JsonNode yaml = new YAMLMapper().readTree(PACK.resolve("context-pack.yaml").toFile());
        int methods = 0;
        for (JsonNode repository : yaml.get("repositories")) {
            String page = Files.readString(PACK.resolve("repositories").resolve(repository.get("name").asText() + ".md"));
            for (JsonNode method : repository.get("methods")) {
                methods++;
                String name = repository.get("name").asText() + "." + method.get("name").asText();
                assertFalse(method.path("description").asText().isBlank(), name + " has no description");
                assertTrue(List.of("valid", "unchecked").contains(method.get("status").asText()), name + ": " + method.get("status"));
                if (method.get("status").asText().equals("unchecked")) {
                    assertFalse(method.path("problem").asText().isBlank(), name + " is unchecked without a reason");
                }
                assertTrue(page.contains("### `" + method.get("signature").asText() + "`"), name + " is not on its page");
                assertTrue(page.contains(method.get("description").asText()), name + "'s description is not on its page");
            }
        }
        assertEquals(16, methods, "the shop declares 16 repository methods");
    }

    @Test
    void settings_transactions_and_events_are_listed() throws IOException {
        String conventions = Files.readString(PACK.resolve("conventions.md"));
        assertTrue(conventions.contains("| spring.jpa.open-in-view | `false` | config | application.properties |"));
        assertTrue(conventions.contains("| `dev.contextpack.examples.shop.service.CatalogService` | every public method | spring | **yes** |"));
        assertTrue(conventions.contains("| `OrderNotifications.sendConfirmation()` | `OrderPlaced` | @TransactionalEventListener | AFTER_COMMIT of the publishing transaction; dropped when no transaction is active |"));
        assertTrue(conventions.contains("publishes the events `domainEvents()` returns"));
    }

    @Test
    void no_secret_of_the_configuration_reaches_any_generated_file() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(SHOP.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        List<String> secrets = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches(".*(password|username|url|token|secret).*")) secrets.add(properties.getProperty(key));
        }
        assertEquals(3, secrets.size(), "the example's URL, user name and password: " + secrets);
        try (Stream<Path> files = Files.walk(PACK)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                for (String secret : secrets) assertFalse(text.contains(secret), file + " contains " + secret);
                assertFalse(text.contains("localhost:5432"), file + " contains the database address");
            }
        }
    }
}
