package dev.contextpack.query;

import dev.contextpack.model.QueryMethod;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The project's own Spring Data, called by reflection: its method-name parser ({@code PartTree}) and
 * its rewriting of {@code @Query} text (SpEL such as {@code #{#entityName}}, {@code like %:name%}).
 * Copying their rules would drift from the version the application runs; calling them cannot.
 */
final class SpringData {

    static final String REPOSITORY = "org.springframework.data.repository.Repository";
    static final String SIMPLE_JPA_REPOSITORY = "org.springframework.data.jpa.repository.support.SimpleJpaRepository";

    /** Spring Data rejected a method name: its own message. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    private final ClassLoader loader;
    private final Class<?> repository;
    /**
     * Why Spring Data's parser cannot run (a dependency of it missing from the class path), or null.
     * Decided once: a class that failed to initialise fails differently on every later attempt, and the
     * pack must not depend on which method was read first.
     */
    private final String parserUnavailable;

    private SpringData(ClassLoader loader, Class<?> repository, String parserUnavailable) {
        this.loader = loader;
        this.repository = repository;
        this.parserUnavailable = parserUnavailable;
    }

    /** Null when the project has no Spring Data on its class path. */
    static SpringData of(ClassLoader project) {
        Class<?> repository;
        try {
            repository = Class.forName(REPOSITORY, false, project);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        String unavailable = null;
        try {
            // a parse that needs no property tells whether the parser and what it needs can be loaded
            Class.forName("org.springframework.data.repository.query.parser.PartTree", true, project)
                    .getConstructor(String.class, Class.class).newInstance("findAll", Object.class);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LinkageError linkage) unavailable = unavailable(linkage);
        } catch (ReflectiveOperationException | LinkageError e) {
            unavailable = unavailable(e);
        }
        return new SpringData(project, repository, unavailable);
    }

    private static String unavailable(Throwable e) {
        return "Spring Data's method-name parser cannot run with the project's class path (" + e
                + "); add the missing dependency, or report it";
    }

    /** Why method names cannot be parsed here, or null. */
    String parserUnavailable() {
        return parserUnavailable;
    }

    boolean isRepository(Class<?> type) {
        return repository.isAssignableFrom(type);
    }

    Class<?> repositoryType() {
        return repository;
    }

    String version() {
        Package p = repository.getPackage();
        return p == null || p.getImplementationVersion() == null ? "unknown" : p.getImplementationVersion();
    }

    /**
     * The entity properties Spring Data selects for a class-based (DTO) projection of a derived query, as its
     * own {@code ReturnedType} reads them: the parameters of the class's preferred constructor (a record's
     * components). Empty when Spring Data does not construct the type (an entity, an interface, a simple type)
     * or cannot be asked.
     */
    List<String> dtoProperties(Class<?> returned, Class<?> domainClass) {
        try {
            Class<?> factoryType = Class.forName("org.springframework.data.projection.SpelAwareProxyProjectionFactory", true, loader);
            Object factory = factoryType.getConstructor().newInstance();
            Class<?> returnedType = Class.forName("org.springframework.data.repository.query.ReturnedType", true, loader);
            Method of = returnedType.getMethod("of", Class.class, Class.class,
                    Class.forName("org.springframework.data.projection.ProjectionFactory", false, loader));
            Object type = of.invoke(null, returned, domainClass, factory);
            if (!(boolean) call(type, "isProjecting") || ((Class<?>) call(type, "getReturnedType")).isInterface()) return List.of();
            List<String> properties = new ArrayList<>();
            for (Object property : (Iterable<?>) call(type, "getInputProperties")) properties.add(String.valueOf(property));
            return List.copyOf(properties);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Parses a query method name with Spring Data's {@code PartTree}, which also resolves every property
     * path against the domain class. {@code parameters} are the names of the bindable parameters in order.
     */
    QueryMethod.DerivedQuery parse(String methodName, Class<?> domainClass, List<String> parameters) throws Rejected {
        if (parserUnavailable != null) throw new IllegalStateException(parserUnavailable);
        Object tree;
        try {
            Class<?> partTree = Class.forName("org.springframework.data.repository.query.parser.PartTree", true, loader);
            tree = partTree.getConstructor(String.class, Class.class).newInstance(methodName, domainClass);
        } catch (InvocationTargetException e) {
            throw new Rejected(HqlChecker.message(e.getCause()));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("Spring Data's PartTree cannot be called: " + e, e);
        }
        String subject = (boolean) call(tree, "isDelete") ? "delete" : (boolean) call(tree, "isCountProjection") ? "count"
                : (boolean) call(tree, "isExistsProjection") ? "exists" : "find";
        Integer limit = (Boolean) call(tree, "isLimiting") ? (Integer) call(tree, "getMaxResults") : null;
        List<QueryMethod.Alternative> groups = new ArrayList<>();
        int next = 0;
        for (Iterator<?> ors = (Iterator<?>) call(tree, "iterator"); ors.hasNext(); ) {
            List<QueryMethod.Condition> and = new ArrayList<>();
            for (Object part : (Iterable<?>) ors.next()) {
                int arguments = (int) call(part, "getNumberOfArguments");
                List<String> consumed = new ArrayList<>();
                for (int i = 0; i < arguments; i++, next++) {
                    consumed.add(next < parameters.size() ? parameters.get(next) : "?" + (next + 1));
                }
                if (next > parameters.size()) {
                    throw new Rejected("the method name needs at least " + next + " arguments, but the method has " + parameters.size());
                }
                String ignoreCase = ((Enum<?>) call(part, "shouldIgnoreCase")).name();
                and.add(new QueryMethod.Condition((String) call(call(part, "getProperty"), "toDotPath"),
                        ((Enum<?>) call(part, "getType")).name(), !ignoreCase.equals("NEVER"), List.copyOf(consumed)));
            }
            groups.add(new QueryMethod.Alternative(List.copyOf(and)));
        }
        List<QueryMethod.Ordering> orderBy = new ArrayList<>();
        for (Object order : (Iterable<?>) call(tree, "getSort")) {
            orderBy.add(new QueryMethod.Ordering((String) call(order, "getProperty"), ((Enum<?>) call(order, "getDirection")).name(),
                    (boolean) call(order, "isIgnoreCase")));
        }
        return new QueryMethod.DerivedQuery(subject, (boolean) call(tree, "isDistinct"), limit, List.copyOf(groups), List.copyOf(orderBy));
    }

    /**
     * The query text Spring Data JPA hands to Hibernate: expressions rendered for this entity and
     * parameter syntax Hibernate does not know rewritten. Null when the project's Spring Data JPA
     * does not offer the classes this uses (older than 4.0).
     */
    String rewrite(String query, boolean nativeQuery, String entityName, Class<?> domainClass) {
        try {
            String pkg = "org.springframework.data.jpa.repository.query.";
            Class<?> declared = Class.forName(pkg + "DeclaredQuery", true, loader);
            Class<?> templated = Class.forName(pkg + "TemplatedQuery", true, loader);
            Class<?> metadataType = Class.forName(pkg + "JpaEntityMetadata", true, loader);
            Class<?> parserType = Class.forName("org.springframework.data.expression.ValueExpressionParser", true, loader);
            Object metadata = Proxy.newProxyInstance(loader, new Class<?>[]{metadataType}, (proxy, method, args) -> switch (method.getName()) {
                case "getEntityName" -> entityName;
                case "getJavaType" -> domainClass;
                case "toString" -> "JpaEntityMetadata[" + entityName + "]";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            });
            Object parser = parserType.getMethod("create").invoke(null);
            Method render = templated.getDeclaredMethod("renderQueryIfExpressionOrReturnQuery", String.class, metadataType, parserType);
            render.setAccessible(true);
            String rendered = (String) render.invoke(null, query, metadata, parser);
            Object declaredQuery = declared.getMethod(nativeQuery ? "nativeQuery" : "jpqlQuery", String.class).invoke(null, rendered);
            Class<?> preprocessed = Class.forName(pkg + "PreprocessedQuery", true, loader);
            Object parsed = preprocessed.getMethod("parse", declared).invoke(null, declaredQuery);
            return (String) preprocessed.getMethod("getQueryString").invoke(parsed);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(HqlChecker.message(e.getCause()), e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /**
     * The method of Spring Data's repository base class ({@code SimpleJpaRepository}) that a declared
     * method is routed to, as Spring Data does for {@code findAll()} redeclared in a repository that
     * extends only {@code Repository}: it then runs that implementation, not a query derived from its name.
     * Null when there is none.
     */
    Method baseImplementation(Method declared) {
        try {
            Class<?> simple = Class.forName(SIMPLE_JPA_REPOSITORY, false, loader);
            for (Method m : simple.getMethods()) {
                if (!m.getName().equals(declared.getName()) || m.getParameterCount() != declared.getParameterCount() || m.isBridge()) continue;
                boolean matches = true;
                for (int i = 0; i < m.getParameterCount(); i++) {
                    // generic parameters (ID, T) are erased to Object, which any argument matches
                    matches &= m.getParameterTypes()[i].isAssignableFrom(declared.getParameterTypes()[i]);
                }
                if (matches) return m;
            }
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /**
     * The transaction Spring Data gives an inherited CRUD method: the {@code @Transactional} of
     * {@code SimpleJpaRepository}'s method of that name, else of the class. Null when unknown.
     */
    String inheritedTransaction(String methodName, int parameterCount) {
        try {
            Class<?> simple = Class.forName(SIMPLE_JPA_REPOSITORY, false, loader);
            @SuppressWarnings("unchecked")
            Class<? extends java.lang.annotation.Annotation> tx = (Class<? extends java.lang.annotation.Annotation>)
                    Class.forName("org.springframework.transaction.annotation.Transactional", false, loader);
            for (Method m : simple.getMethods()) {
                if (!m.getName().equals(methodName) || m.getParameterCount() != parameterCount || m.isBridge()) continue;
                if (m.getDeclaringClass() != simple) return "a default method: runs in the transactions of the operations it calls";
                Object declared = m.getAnnotation(tx);
                if (declared == null) declared = simple.getAnnotation(tx);
                return declared == null ? "none" : describe(declared);
            }
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String describe(Object transactional) {
        boolean readOnly = (boolean) call(transactional, "readOnly");
        return readOnly ? "read-only" : "read-write";
    }

    static Object call(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            m.setAccessible(true);
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method + "() failed: " + HqlChecker.message(e.getCause()), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Spring Data has no " + method + "() here: " + e, e);
        }
    }
}
