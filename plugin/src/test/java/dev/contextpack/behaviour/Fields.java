package dev.contextpack.behaviour;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;

/** The zoo's fields are package-private: read and write them by name, up the class hierarchy. */
final class Fields {

    private Fields() {
    }

    static <T> T newInstance(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot instantiate " + type.getName(), e);
        }
    }

    /** Sets {@code name} on {@code target}; returns {@code target} for chaining. */
    static <T> T set(T target, String name, Object value) {
        try {
            field(target.getClass(), name).set(target, value);
            return target;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <V> V get(Object target, String name) {
        try {
            return (V) field(target.getClass(), name).get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException("No field '" + name + "' in " + type.getName());
    }
}
