package dev.contextpack.scan;

import java.util.Map;
import java.util.Set;

/** Bytecode facts of one class, read by ClassGraph without loading it. */
public record ClassFacts(
        String name,
        String superclass,
        boolean isAbstract,
        int classfileMajorVersion,
        Set<String> annotations,
        Map<String, MemberFacts> fields,
        Map<String, MemberFacts> getters) {

    /** The field of that name, else the getter of that property (property access). */
    public MemberFacts member(String property) {
        MemberFacts field = fields.get(property);
        return field != null ? field : getters.get(property);
    }
}
