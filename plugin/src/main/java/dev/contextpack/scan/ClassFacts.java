package dev.contextpack.scan;

import java.util.Map;
import java.util.List;

/**
 * Bytecode facts of one class, read by ClassGraph without loading it. {@code callbacks} maps a
 * method name to the JPA lifecycle annotations on it ({@code PrePersist}, ...).
 */
public record ClassFacts(
        String name,
        String superclass,
        boolean isAbstract,
        int classfileMajorVersion,
        Map<String, Map<String, String>> annotations,
        Map<String, MemberFacts> fields,
        Map<String, MemberFacts> getters,
        Map<String, List<String>> callbacks,
        boolean declaresEqualsAndHashCode) {

    /** The explicit value of a class annotation's parameter, or null. */
    public String param(String annotation, String parameter) {
        Map<String, String> params = annotations.get(annotation);
        return params == null ? null : params.get(parameter);
    }

    /**
     * The member that carries the mapping of a property: the field, unless only the getter is
     * annotated (property access, {@code @Id} on {@code getId()}).
     */
    public MemberFacts member(String property) {
        MemberFacts field = fields.get(property);
        MemberFacts getter = getters.get(property);
        if (field == null) return getter;
        if (getter != null && field.annotations().isEmpty() && !getter.annotations().isEmpty()) return getter;
        return field;
    }
}
