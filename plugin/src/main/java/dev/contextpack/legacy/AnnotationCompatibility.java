package dev.contextpack.legacy;

import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationEnumValue;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationParameterValue;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides what the plugin's Hibernate makes of an annotation as the bytecode holds it, by comparing
 * the values written with the members of the annotation type Hibernate 7 really has (reflection on
 * the plugin's own jar, no list of versions kept by hand). The JVM drops an unknown annotation type
 * silently, ignores a member it does not know, and throws when a required member is missing or a
 * value has another type: only the last makes a class unreadable.
 */
final class AnnotationCompatibility {

    private final ClassLoader hibernate;

    AnnotationCompatibility(ClassLoader hibernate) {
        this.hibernate = hibernate;
    }

    /** null when Hibernate 7 reads the annotation as written. */
    LegacyAnnotation.Verdict verdict(AnnotationInfo info) {
        Class<?> type;
        try {
            type = Class.forName(info.getName(), false, hibernate);
        } catch (ClassNotFoundException | LinkageError e) {
            return LegacyAnnotation.Verdict.REMOVED;
        }
        if (!type.isAnnotation()) return LegacyAnnotation.Verdict.UNREADABLE;
        Map<String, Object> written = new HashMap<>();
        for (AnnotationParameterValue value : info.getParameterValues(false)) written.put(value.getName(), value.getValue());
        boolean ignored = false;
        for (Method member : type.getDeclaredMethods()) {
            if (member.getDefaultValue() == null && !written.containsKey(member.getName())) return LegacyAnnotation.Verdict.UNREADABLE;
        }
        for (Map.Entry<String, Object> e : written.entrySet()) {
            Method member;
            try {
                member = type.getDeclaredMethod(e.getKey());
            } catch (NoSuchMethodException missing) {
                ignored = true;
                continue;
            }
            if (!fits(e.getValue(), member.getReturnType())) return LegacyAnnotation.Verdict.UNREADABLE;
        }
        return ignored ? LegacyAnnotation.Verdict.CHANGED : null;
    }

    /** The members written that the annotation type does not declare (the JVM skips them). */
    java.util.List<String> ignored(AnnotationInfo info) {
        java.util.List<String> ignored = new java.util.ArrayList<>();
        try {
            Class<?> type = Class.forName(info.getName(), false, hibernate);
            for (AnnotationParameterValue value : info.getParameterValues(false)) {
                try {
                    type.getDeclaredMethod(value.getName());
                } catch (NoSuchMethodException e) {
                    ignored.add(value.getName());
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return java.util.List.of();
        }
        return java.util.List.copyOf(ignored);
    }

    /** Whether the JVM can turn the value into the member's type without an exception on access. */
    private boolean fits(Object value, Class<?> type) {
        if (type.isArray()) {
            if (!(value instanceof Object[] array)) return fits(value, type.getComponentType());
            for (Object element : array) {
                if (!fits(element, type.getComponentType())) return false;
            }
            return true;
        }
        if (type == Class.class) return value instanceof AnnotationClassRef;
        if (type == String.class) return value instanceof String;
        if (type.isEnum()) {
            if (!(value instanceof AnnotationEnumValue e) || !e.getClassName().equals(type.getName())) return false;
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(e.getValueName())) return true;
            }
            return false;
        }
        if (type.isAnnotation()) {
            return value instanceof AnnotationInfo nested && nested.getName().equals(type.getName())
                    && verdict(nested) != LegacyAnnotation.Verdict.UNREADABLE;
        }
        if (type.isPrimitive()) {
            return value instanceof Number || value instanceof Boolean || value instanceof Character;
        }
        return true;
    }
}
