package dev.contextpack.query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Panache's own expansion of its simplified queries ({@code "title"} → {@code FROM Book WHERE title = ?1}): the
 * project's {@code PanacheJpaUtil}, called by reflection, so the pack shows what the application's Panache version
 * really runs; its rules are not copied here.
 */
final class PanacheJpa {

    static final String UTIL = "io.quarkus.panache.hibernate.common.runtime.PanacheJpaUtil";
    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");

    private final Class<?> util;

    private PanacheJpa(Class<?> util) {
        this.util = util;
    }

    /** Null when the project has no PanacheJpaUtil (not Panache, or a version without it). */
    static PanacheJpa of(ClassLoader project) {
        try {
            return new PanacheJpa(Class.forName(UTIL, true, project));
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** A named query, {@code #Entity.name}: Panache runs it by name, without expanding. */
    static boolean isNamed(String query) {
        return query != null && query.startsWith("#");
    }

    /**
     * The HQL Panache makes of {@code query} for {@code operation} on {@code entity}.
     *
     * @param positional the values the call passes in {@code Object...}; -1 for a Map or Parameters, whose size
     *     Panache counts: taken as the number of distinct {@code :name} parameters the query uses
     * @throws IllegalArgumentException with Panache's message when Panache refuses the string
     */
    String expand(String operation, Class<?> entity, String query, int positional) {
        int count = positional >= 0 ? positional : namedParameters(query);
        String[] names = switch (operation) {
            case "count", "exists" -> new String[] {"createQueryForCount", "createCountQuery"};
            case "delete" -> new String[] {"createDeleteQuery"};
            case "update" -> new String[] {"createUpdateQuery"};
            default -> new String[] {"createFindQuery"};
        };
        for (String name : names) {
            Method method;
            try {
                method = util.getMethod(name, Class.class, String.class, int.class);
            } catch (NoSuchMethodException e) {
                continue;
            }
            try {
                return (String) method.invoke(null, entity, query, count);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(String.valueOf(e.getCause().getMessage()), e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the project's " + UTIL + " has no " + String.join(" or ", names) + "(Class, String, int)");
    }

    static int namedParameters(String query) {
        Set<String> names = new TreeSet<>();
        Matcher m = NAMED_PARAMETER.matcher(query);
        while (m.find()) names.add(m.group(1));
        return names.size();
    }
}
