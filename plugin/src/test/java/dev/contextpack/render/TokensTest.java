package dev.contextpack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts come from the o200k_base tokenizer, not from a characters-per-token guess. */
class TokensTest {

    @Test
    void countsAreTheTokenizersNotAnEstimate() {
        assertEquals(0, Tokens.count(""));
        assertEquals(2, Tokens.count("hello world"));
        // four characters per token would say 9 for these 35 characters: the tokenizer says one per word
        assertEquals(6, Tokens.count("table table table table table table"));
        assertTrue(Tokens.count("`orders.customer_id` → `customer(id)`") > 8, "code and arrows cost more than words");
        assertEquals(9, Tokens.count("a <|endoftext|> b"), "special tokens are ordinary text, no exception");
    }

    @Test
    void eachFileIsCountedByPath() {
        Map<String, Integer> counts = Tokens.of(List.of(new PackFile("b.md", "hello world"), new PackFile("a.md", "")));
        assertEquals(List.of("a.md", "b.md"), List.copyOf(counts.keySet()));
        assertEquals(2, counts.get("b.md"));
    }
}
