package dev.contextpack.scan;

import java.util.Map;

/**
 * A field or getter as the bytecode declares it: its generic type and its annotations with the
 * parameters written explicitly (defaults left out, so "declared" can be told from "default").
 */
public record MemberFacts(String name, String declaringClass, String type, Map<String, Map<String, String>> annotations) {

    public boolean has(String annotation) {
        return annotations.containsKey(annotation);
    }

    /** The explicit value of an annotation parameter, or null when it is not written. */
    public String param(String annotation, String parameter) {
        Map<String, String> params = annotations.get(annotation);
        return params == null ? null : params.get(parameter);
    }
}
