package dev.contextpack.query;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.contextpack.model.QueryMethod;
import dev.contextpack.repository.Owner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Method names are untrusted text: any name, valid or not, is parsed by Spring Data into a query or a
 * rejection with its message, and its plain words are written; nothing else escapes (seeded, so a
 * failure repeats).
 */
class DerivedNameFuzzTest {

    private static final String[] SUBJECTS = {"find", "read", "get", "query", "search", "stream", "count", "exists", "delete", "remove",
            "findDistinct", "findTop3", "findFirst", "findAll", "", "x"};
    private static final String[] PROPERTIES = {"LastName", "Pets", "PetsName", "Nickname", "Id", "Foo", "lastName", "", "Pets_Name", "ÄÖ"};
    private static final String[] OPERATORS = {"", "StartingWith", "In", "IsNull", "Between", "Like", "IgnoreCase", "Not", "True", "After",
            "Containing", "IsNotEmpty", "Regex", "Near", "LessThanEqual", "Exists"};
    private static final String[] CONNECTORS = {"And", "Or", "And", "", "AndOr"};

    @Test
    void any_method_name_is_parsed_or_rejected_with_a_message() {
        SpringData spring = SpringData.of(getClass().getClassLoader());
        assertNotNull(spring, "Spring Data is on the test class path");
        Random random = new Random(20261129L);
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < 400; i++) {
            String name = name(random);
            List<String> parameters = new ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) parameters.add("p" + p);
            try {
                QueryMethod.DerivedQuery q = spring.parse(name, Owner.class, parameters);
                String words = QueryWords.derived(q, "Owner", "a List of Owner", List.of());
                assertTrue(words.endsWith("."), name + " -> " + words);
                parsed++;
            } catch (SpringData.Rejected e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), name + " rejected without a message");
                rejected++;
            } catch (RuntimeException e) {
                fail("seed 20261129, name " + name + ": " + e, e);
            }
        }
        // the generator reaches both outcomes, or the test proves little
        assertTrue(parsed > 20 && rejected > 20, "parsed " + parsed + ", rejected " + rejected);
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder(pick(random, SUBJECTS));
        if (random.nextInt(10) > 0) name.append("By");
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            if (i > 0) name.append(pick(random, CONNECTORS));
            name.append(pick(random, PROPERTIES)).append(pick(random, OPERATORS));
        }
        if (random.nextInt(4) == 0) name.append("OrderBy").append(pick(random, PROPERTIES)).append(random.nextBoolean() ? "Desc" : "Asc");
        if (random.nextInt(8) == 0) name.insert(random.nextInt(name.length() + 1), (char) (33 + random.nextInt(90)));
        return name.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
