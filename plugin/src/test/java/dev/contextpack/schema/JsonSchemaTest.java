package dev.contextpack.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed JSON Schema of {@code context-pack.yaml} is the one the model generates, and the
 * shop example's committed pack conforms to it.
 */
class JsonSchemaTest {

    /** Set to true to rewrite the committed schema from the model instead of failing. */
    static final String WRITE_PROPERTY = "context-pack.writeSchema";
    static final Path EXAMPLE = Path.of("..", "examples", "shop", "context-pack", "context-pack.yaml");

    private static JsonNode schema;
    private static JsonNode example;

    @BeforeAll
    static void read() throws IOException {
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            SchemaGenerator.write(SchemaGenerator.committedFile());
        }
        schema = new ObjectMapper().readTree(SchemaGenerator.committedFile().toFile());
        // A YAML reader types plain scalars: 1.0 is a number, false a boolean; "1.0" and "false" are strings.
        example = new YAMLMapper().readTree(EXAMPLE.toFile());
    }

    @Test
    void committedSchemaIsTheOneTheModelGenerates() throws IOException {
        Path file = SchemaGenerator.committedFile();
        String generated;
        try {
            generated = SchemaGenerator.generate();
        } catch (IllegalStateException e) {
            fail("The model (dev.contextpack.model) changed and the schema generator needs an update.\n" + e.getMessage()
                    + "\nThen regenerate the schema: " + regenerate());
            return;
        }
        String committed = Files.exists(file) ? Files.readString(file) : "";
        if (!committed.equals(generated)) {
            fail("The model (dev.contextpack.model) changed, or the schema was edited by hand: " + file
                    + " is not the schema the model generates ("
                    + firstDifference(committed, generated) + ").\n"
                    + "Regenerate it with " + regenerate() + "\n"
                    + "and review the diff. Once released, adding an optional property is a minor formatVersion change;"
                    + " removing, renaming or retyping a property, or making one required, needs a new major version.");
        }
    }

    @Test
    void yamlScalarsAreTypedAsTheSchemaExpects() {
        assertTrue(example.get("formatVersion").isTextual(), "formatVersion must be a quoted string: " + example.get("formatVersion"));
        JsonNode column = example.at("/entities/0/attributes/0/columns/0");
        assertTrue(column.get("nullable").isBoolean(), column.toString());
        JsonNode length = example.at("/entities/0/inheritance/discriminatorColumn/length");
        assertTrue(length.isMissingNode() || length.isIntegralNumber(), length.toString());
    }

    @Test
    void shopExampleConformsToTheSchema() {
        assertEquals(List.of(), Validator.validate(schema, example), "violations in " + EXAMPLE.toAbsolutePath().normalize());
    }

    @Test
    void validatorReportsViolations() {
        assertViolation("/entities/0/unknownProperty", "not allowed",
                pack -> ((ObjectNode) pack.at("/entities/0")).put("unknownProperty", "x"));
        assertViolation("/entities/0/isAbstract", "expected boolean",
                pack -> ((ObjectNode) pack.at("/entities/0")).set("isAbstract", TextNode.valueOf("false")));
        // what an unquoted formatVersion: 1.0 reads as
        assertViolation("/formatVersion", "expected string",
                pack -> ((ObjectNode) pack).set("formatVersion", DoubleNode.valueOf(1.0)));
        assertViolation("/settings/0/provenance", "not one of",
                pack -> ((ObjectNode) pack.at("/settings/0")).put("provenance", "guessed"));
        // through $ref: Entity -> Identifier -> Column
        assertViolation("/entities/0/identifier/columns/0", "required property nullable",
                pack -> ((ObjectNode) pack.at("/entities/0/identifier/columns/0")).remove("nullable"));
        assertViolation("/entities/0/uniqueKeys/0/0", "expected string",
                pack -> ((ObjectNode) pack.at("/entities/0")).set("uniqueKeys",
                        new ObjectMapper().createArrayNode().add(new ObjectMapper().createArrayNode().add(7))));
        assertViolation("/entities/0/attributes", "expected array",
                pack -> ((ObjectNode) pack.at("/entities/0")).put("attributes", "none"));
    }

    /** What context-pack:aggregate adds to entities and repositories (in the YAML of it/multi-module-aggregate) conforms too. */
    @Test
    void theModuleOfAnAggregatedPackConformsToTheSchema() throws IOException {
        JsonNode aggregated = example.deepCopy();
        JsonNode module = new YAMLMapper().readTree("""
                artifactId: domain
                directory: domain
                source: domain/src/main/java/com/example/shop/domain/PurchaseOrder.java
                provenance: config
                """);
        ((ObjectNode) aggregated.at("/entities/0")).set("module", module);
        ((ObjectNode) aggregated.at("/repositories/0")).set("module", module);
        assertEquals(List.of(), Validator.validate(schema, aggregated));
        ((ObjectNode) aggregated.at("/entities/0/module")).put("provenance", "guessed");
        assertEquals(2, Validator.validate(schema, aggregated).size(), "the shared node is invalid in both places");
    }

    private static void assertViolation(String path, String message, Consumer<JsonNode> mutation) {
        JsonNode copy = example.deepCopy();
        mutation.accept(copy);
        List<String> before = Validator.validate(schema, example);
        List<String> after = Validator.validate(schema, copy);
        assertEquals(before.size() + 1, after.size(), "one new violation expected for " + path + ", got " + after);
        assertTrue(after.stream().anyMatch(v -> v.startsWith(path + ": ") && v.contains(message)),
                "expected a violation at " + path + " containing '" + message + "', got " + after);
    }

    private static String regenerate() {
        return "`./mvnw -o test -pl plugin -Dtest=JsonSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.skip -D"
                + WRITE_PROPERTY + "=true` (or run " + SchemaGenerator.class.getName() + ".main from the plugin directory)";
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) return "line " + (i + 1) + ": committed `" + x.strip() + "`, generated `" + y.strip() + "`";
        }
        return "they differ";
    }

    /**
     * A JSON Schema validator for exactly the keywords the generator emits: type (object, array,
     * string, boolean, integer), properties, additionalProperties false, required, items, enum and
     * $ref to #/$defs/. Annotations ($schema, $id, title, description, $defs) are skipped; any other
     * keyword is an error, so the schema cannot silently use one this validator ignores.
     */
    static final class Validator {

        private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$defs");

        private final JsonNode root;
        private final List<String> violations = new ArrayList<>();

        private Validator(JsonNode root) {
            this.root = root;
        }

        /** The violations of {@code instance}, each as "JSON pointer: what is wrong". */
        static List<String> validate(JsonNode schema, JsonNode instance) {
            Validator validator = new Validator(schema);
            validator.check(schema, instance, "");
            return validator.violations;
        }

        private void check(JsonNode schema, JsonNode instance, String path) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
                String keyword = it.next().getKey();
                if (!ANNOTATIONS.contains(keyword) && !Set.of("$ref", "type", "enum", "properties", "additionalProperties",
                        "required", "items").contains(keyword)) {
                    throw new IllegalArgumentException("Unsupported keyword " + keyword + " in the schema at " + path);
                }
            }
            if (schema.has("$ref")) {
                check(resolve(schema.get("$ref").asText()), instance, path);
            }
            if (schema.has("type") && !hasType(instance, schema.get("type").asText())) {
                violations.add(at(path) + "expected " + schema.get("type").asText() + ", found " + describe(instance));
                return;
            }
            if (schema.has("enum")) {
                boolean found = false;
                for (JsonNode value : schema.get("enum")) found |= value.equals(instance);
                if (!found) violations.add(at(path) + describe(instance) + " is not one of " + schema.get("enum"));
            }
            if (instance.isObject()) {
                JsonNode properties = schema.path("properties");
                for (JsonNode name : schema.path("required")) {
                    if (!instance.has(name.asText())) violations.add(at(path) + "required property " + name.asText() + " is missing");
                }
                JsonNode additional = schema.get("additionalProperties");
                if (additional != null && !(additional.isBoolean() && !additional.asBoolean())) {
                    throw new IllegalArgumentException("Only additionalProperties: false is supported, at " + path);
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = instance.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String child = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                    if (properties.has(field.getKey())) {
                        check(properties.get(field.getKey()), field.getValue(), child);
                    } else if (additional != null) {
                        violations.add(at(child) + "property " + field.getKey() + " is not allowed");
                    }
                }
            }
            if (instance.isArray() && schema.has("items")) {
                ArrayNode array = (ArrayNode) instance;
                for (int i = 0; i < array.size(); i++) check(schema.get("items"), array.get(i), path + "/" + i);
            }
        }

        private JsonNode resolve(String ref) {
            String prefix = "#/$defs/";
            if (!ref.startsWith(prefix)) throw new IllegalArgumentException("Only $ref to " + prefix + "... is supported: " + ref);
            JsonNode target = root.path("$defs").get(ref.substring(prefix.length()));
            if (target == null) throw new IllegalArgumentException("$ref to a missing definition: " + ref);
            return target;
        }

        private static boolean hasType(JsonNode instance, String type) {
            return switch (type) {
                case "object" -> instance.isObject();
                case "array" -> instance.isArray();
                case "string" -> instance.isTextual();
                case "boolean" -> instance.isBoolean();
                // JSON Schema: a number with a zero fractional part is an integer
                case "integer" -> instance.isIntegralNumber()
                        || (instance.isNumber() && isWhole(instance.decimalValue()));
                default -> throw new IllegalArgumentException("Unsupported type " + type);
            };
        }

        private static boolean isWhole(BigDecimal value) {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }

        private static String at(String path) {
            return (path.isEmpty() ? "/" : path) + ": ";
        }

        private static String describe(JsonNode instance) {
            return instance.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + instance;
        }
    }
}
