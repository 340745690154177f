package dev.contextpack.model;

/**
 * What a change must respect, derived from owning side, cascade and FK nullability together.
 *
 * @param topic a stable key: link, cascade, orphan-removal, required, fetch, generated, ...
 * @param attribute the attribute the rule is about
 * @param text one plain-language sentence, code names in backticks
 */
public record Rule(String topic, String attribute, String text) {
}
