package dev.contextpack.legacy;

import java.util.Map;

/**
 * A Hibernate annotation in the project's bytecode that the plugin's Hibernate 7 cannot apply as written.
 *
 * @param className the class that carries it (for a package-level annotation, {@code package-info})
 * @param member the field or property it is on; null on the class
 * @param element where it sits in the class file ({@code ""}, {@code f:<name>} or {@code m:<name><descriptor>}), to strip it
 * @param annotation its full type name
 * @param values the values written in the source, as the bytecode holds them
 * @param verdict what Hibernate 7 makes of it
 * @param ignored the members written that Hibernate 7's annotation does not have (for {@code CHANGED})
 * @param appliedAs the exact Hibernate 7 equivalent the converted classes carry instead, or null
 *                  ({@code @Type(type = "yes_no")}: {@code @Convert(converter = YesNoConverter.class)}; {@code @Where}: {@code @SQLRestriction})
 */
public record LegacyAnnotation(String className, String member, String element, String annotation,
                               Map<String, String> values, Verdict verdict, java.util.List<String> ignored,
                               Replacement appliedAs) {

    public enum Verdict {
        /** the type does not exist in Hibernate 7: the JVM drops it when Hibernate reads the class */
        REMOVED,
        /** the type exists with other members: reading it would fail, so it is left out of the boot */
        UNREADABLE,
        /** the type exists, but some values written have no member in Hibernate 7 and are ignored */
        CHANGED
    }

    /**
     * An annotation with one member that stands for a legacy one in the converted classes.
     *
     * @param annotation its type
     * @param member the member set
     * @param value the member's value: a string, or a class name when {@code classValue}
     */
    public record Replacement(String annotation, String member, String value, boolean classValue) {

        /** As a reader writes it: {@code @SQLRestriction("x")}, {@code @Convert(converter = YesNoConverter.class)}. */
        public String written() {
            String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
            String v = classValue ? value.substring(value.lastIndexOf('.') + 1) + ".class" : '"' + value + '"';
            return "@" + simple + "(" + (member.equals("value") ? "" : member + " = ") + v + ")";
        }
    }

    /** {@code @Where(clause="x")}, as a reader writes it. */
    public String written() {
        String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
        if (values.isEmpty()) return "@" + simple;
        StringBuilder out = new StringBuilder("@").append(simple).append('(');
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!first) out.append(", ");
            first = false;
            out.append(e.getKey()).append(" = ").append(e.getValue());
        }
        return out.append(')').toString();
    }
}
