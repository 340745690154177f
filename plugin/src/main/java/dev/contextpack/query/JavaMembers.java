package dev.contextpack.query;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reflection on the project's repository interfaces, by annotation name: their classes come from the project. */
final class JavaMembers {

    static final String PARAM = "org.springframework.data.repository.query.Param";

    private JavaMembers() {
    }

    /** @Param's name, else the compiled name (javac -parameters), else the position: "argument 1". */
    static String parameterName(Parameter p) {
        Annotation param = annotation(p, PARAM);
        if (param != null) return (String) SpringData.call(param, "value");
        if (p.isNamePresent()) return p.getName();
        Parameter[] all = p.getDeclaringExecutable().getParameters();
        return "argument " + (java.util.Arrays.asList(all).indexOf(p) + 1);
    }

    static String signature(Method m) {
        List<String> params = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            String name = parameterName(p);
            params.add(simple(p.getParameterizedType()) + (name.startsWith("argument ") ? "" : " " + name));
        }
        return m.getName() + "(" + String.join(", ", params) + ")";
    }

    static String simple(Type type) {
        return type.getTypeName().replaceAll("(?:[a-z_$][a-z0-9_$]*\\.)+([A-Z])", "$1");
    }

    static boolean has(java.lang.reflect.AnnotatedElement element, String annotation) {
        return annotation(element, annotation) != null;
    }

    static Annotation annotation(java.lang.reflect.AnnotatedElement element, String name) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(name)) return a;
        }
        return null;
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return null;
    }

    /** The actual type arguments {@code type} gives to the generic interface {@code target}, resolved through the hierarchy. */
    static Type[] typeArguments(Class<?> type, Class<?> target) {
        return typeArguments(type, target, Map.of());
    }

    static Type[] typeArguments(Class<?> type, Class<?> target, Map<TypeVariable<?>, Type> bindings) {
        for (Type parent : type.getGenericInterfaces()) {
            Class<?> raw = raw(parent);
            if (raw == null) continue;
            Map<TypeVariable<?>, Type> next = new HashMap<>();
            if (parent instanceof ParameterizedType p) {
                TypeVariable<?>[] variables = raw.getTypeParameters();
                Type[] actual = p.getActualTypeArguments();
                for (int i = 0; i < variables.length && i < actual.length; i++) {
                    Type resolved = actual[i] instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : actual[i];
                    next.put(variables[i], resolved);
                }
            }
            if (raw == target) {
                TypeVariable<?>[] variables = raw.getTypeParameters();
                Type[] result = new Type[variables.length];
                for (int i = 0; i < variables.length; i++) {
                    result[i] = next.get(variables[i]);
                    if (result[i] == null || result[i] instanceof TypeVariable<?>) return null;
                }
                return result;
            }
            Type[] found = typeArguments(raw, target, next);
            if (found != null) return found;
        }
        return null;
    }
}
