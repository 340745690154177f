package dev.contextpack.query;

import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.NamedQuery;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.QueryMethod;
import dev.contextpack.model.Repository;
import dev.contextpack.model.RepositoryBase;
import dev.contextpack.scan.ApplicationFacts;
import dev.contextpack.scan.MethodBodies;
import org.hibernate.boot.Metadata;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the application's repositories: loads each interface without initialising it, asks the
 * project's Spring Data how it parses each method name, has Hibernate check each query, and resolves
 * every property path against the verified model.
 */
public final class RepositoryReader {

    private static final String SPRING_DATA_PACKAGE = "org.springframework.data.";
    private static final String JPA_QUERY = "org.springframework.data.jpa.repository.Query";
    private static final String NATIVE_QUERY = "org.springframework.data.jpa.repository.NativeQuery";
    private static final String MODIFYING = "org.springframework.data.jpa.repository.Modifying";
    private static final String ENTITY_GRAPH = "org.springframework.data.jpa.repository.EntityGraph";
    private static final String LOCK = "org.springframework.data.jpa.repository.Lock";
    private static final String PROCEDURE = "org.springframework.data.jpa.repository.query.Procedure";
        private static final String NO_REPOSITORY_BEAN = "org.springframework.data.repository.NoRepositoryBean";
    private static final String REPOSITORY_DEFINITION = "org.springframework.data.repository.RepositoryDefinition";
    private static final String JAKARTA_REPOSITORY = "jakarta.data.repository.Repository";
    /** Parameters Spring Data binds to paging, sorting and limits, never to a condition. */
    private static final Set<String> SPECIAL_PARAMETERS = Set.of("org.springframework.data.domain.Pageable",
            "org.springframework.data.domain.Sort", "org.springframework.data.domain.Limit",
            "org.springframework.data.domain.ScrollPosition", "org.springframework.data.domain.OffsetScrollPosition",
            "org.springframework.data.domain.KeysetScrollPosition", "org.springframework.data.jpa.domain.JpaSort");

    /**
     * @param crossChecks what the comparison with Spring Data's AOT metadata found: for the build log only, since
     *     that metadata exists in some builds and not others and the pack must not depend on it
     */
    public record Result(List<Repository> repositories, List<RepositoryBase> bases, List<NamedQuery> namedQueries, List<Finding> findings,
                         List<String> crossChecks) {
    }

    private final ClassLoader project;
    private final HqlChecker hql;
    private final Metadata metadata;
    private final Map<String, Entity> entitiesByClass = new HashMap<>();
    private final Map<String, Entity> entitiesByName = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> crossChecks = new ArrayList<>();
    private final SpringData spring;
    private CallSites calls;
    private final MethodBodies bodies;
    private final AotMetadata aot;

    public RepositoryReader(ClassLoader project, Metadata metadata, HqlChecker hql, List<Entity> entities, MethodBodies bodies,
                            java.nio.file.Path classesDirectory) {
        this.project = project;
        this.aot = new AotMetadata(classesDirectory);
        this.bodies = bodies;
        this.metadata = metadata;
        this.hql = hql;
        entities.forEach(e -> {
            entitiesByClass.putIfAbsent(e.className(), e);
            entitiesByName.putIfAbsent(e.name(), e);
        });
        this.spring = SpringData.of(project);
    }

    public Result read(ApplicationFacts app) {
        calls = new CallSites(bodies, app, findings);
        List<Repository> repositories = new ArrayList<>();
        for (String name : app.interfaces()) {
            Class<?> type = load(name);
            if (type == null) continue;
            String style = style(type);
            if (style == null || JavaMembers.has(type, NO_REPOSITORY_BEAN)) continue;
            try {
                Repository repository = style.equals("spring-data") ? springRepository(type, app) : jakartaRepository(type, app);
                if (repository != null) repositories.add(repository);
            } catch (RuntimeException | LinkageError e) {
                findings.add(new Finding("CP-REPOSITORY-UNREADABLE", Finding.Severity.error, name, null,
                        "context-pack could not read this repository: " + HqlChecker.message(e)
                                + " Its methods are not in the pack; report this with the interface's declaration."));
            }
        }
        repositories.sort(Comparator.comparing(Repository::name).thenComparing(Repository::className));
        return new Result(List.copyOf(repositories), bases(repositories), namedQueries(), List.copyOf(findings), List.copyOf(crossChecks));
    }

    /** The operations of each framework interface the repositories extend, listed once, with Spring Data's transactions. */
    private List<RepositoryBase> bases(List<Repository> repositories) {
        Set<String> names = new TreeSet<>();
        repositories.forEach(r -> names.addAll(r.baseInterfaces()));
        List<RepositoryBase> bases = new ArrayList<>();
        for (String name : names) {
            Class<?> base = load(name);
            if (base == null) continue;
            Map<String, RepositoryBase.Operation> operations = new TreeMap<>();
            for (Method m : base.getDeclaredMethods()) {
                if (m.isSynthetic() || m.isBridge() || Modifier.isStatic(m.getModifiers())) continue;
                String transaction = spring == null ? null : spring.inheritedTransaction(m.getName(), m.getParameterCount());
                String signature = JavaMembers.signature(m);
                operations.put(signature, new RepositoryBase.Operation(signature, transaction));
            }
            if (!operations.isEmpty()) bases.add(new RepositoryBase(name, List.copyOf(operations.values()), Provenance.derived));
        }
        return List.copyOf(bases);
    }

    private String style(Class<?> type) {
        if (!type.isInterface()) return null;
        if (spring != null && type != spring.repositoryType() && (spring.isRepository(type) || JavaMembers.has(type, REPOSITORY_DEFINITION))) {
            return "spring-data";
        }
        return JavaMembers.has(type, JAKARTA_REPOSITORY) ? "jakarta-data" : null;
    }

    // ---- Spring Data ----

    private Repository springRepository(Class<?> type, ApplicationFacts app) {
        Type[] arguments = JavaMembers.typeArguments(type, spring.repositoryType());
        Class<?> domain = arguments == null ? null : JavaMembers.raw(arguments[0]);
        String idType = arguments == null ? null : arguments[1].getTypeName();
        Annotation definition = JavaMembers.annotation(type, REPOSITORY_DEFINITION);
        if (definition != null) {
            domain = (Class<?>) SpringData.call(definition, "domainClass");
            idType = ((Class<?>) SpringData.call(definition, "idClass")).getName();
        }
        if (domain == null) return null;
        Entity entity = entitiesByClass.get(domain.getName());
        if (entity == null && domain != Object.class && !entitiesByClass.isEmpty() && isOutsideModel(domain)) return null;
        Set<String> bases = new TreeSet<>();
        List<Repository.Fragment> fragments = new ArrayList<>();
        Set<Class<?>> applicationInterfaces = new LinkedHashSet<>();
        collect(type, bases, fragments, applicationInterfaces, app);
        List<QueryMethod> methods = new ArrayList<>();
        Set<String> fragmentMethods = new TreeSet<>();
        for (Repository.Fragment f : fragments) {
            Class<?> fragment = load(f.interfaceName());
            if (fragment == null) continue;
            for (Method m : fragment.getDeclaredMethods()) {
                if (m.isSynthetic() || Modifier.isStatic(m.getModifiers())) continue;
                fragmentMethods.add(m.getName() + java.util.Arrays.toString(m.getParameterTypes()));
                methods.add(calls.withCallers(type, m, fragmentMethod(m, f)));
            }
        }
        for (Class<?> declaring : applicationInterfaces) {
            for (Method m : declaring.getDeclaredMethods()) {
                if (m.isSynthetic() || m.isBridge() || Modifier.isStatic(m.getModifiers())) continue;
                if (fragmentMethods.contains(m.getName() + java.util.Arrays.toString(m.getParameterTypes()))) continue;
                methods.add(calls.withCallers(type, m, springMethod(type, m, domain, entity, app)));
            }
        }
        Map<String, String> aotQueries = aot.queries(type.getName());
        methods.forEach(m -> {
            if (aotQueries.containsKey(m.name())) crossCheck(type, m, aotQueries.get(m.name()));
        });
        methods.sort(Comparator.comparing(QueryMethod::name).thenComparing(QueryMethod::signature));
        return new Repository(type.getSimpleName(), type.getName(), "spring-data", entity == null ? null : entity.name(),
                domain.getName(), idType, List.copyOf(bases), List.copyOf(fragments), List.copyOf(methods), calls.usedBy(type),
                calls.inheritedCalls(type, applicationInterfaces), save(entity, domain), entity != null && entity.provenance() == Provenance.verified ? Provenance.verified : Provenance.annotation);
    }

    /**
     * How Spring Data's {@code save()} tells a new entity from an existing one (JpaMetamodelEntityInformation):
     * {@code Persistable.isNew()}, else a non-primitive {@code @Version} that is null, else a null id.
     */
    private String save(Entity entity, Class<?> domain) {
        if (entity == null) return null;
        Class<?> persistable = load("org.springframework.data.domain.Persistable");
        if (persistable != null && persistable.isAssignableFrom(domain)) {
            return "save() calls persist() when the entity's isNew() (Persistable) returns true, else merge().";
        }
        if (entity.versionAttribute() != null) {
            Attribute version = entity.attributes().stream().filter(a -> a.name().equals(entity.versionAttribute())).findFirst().orElse(null);
            String type = version == null ? null : version.javaType();
            if (type != null && !isPrimitive(type)) {
                return "save() calls persist() while `" + entity.versionAttribute() + "` (@Version) is null, else merge():"
                        + " an entity with a version set is treated as existing, whatever its id.";
            }
        }
        if (entity.identifier() == null || entity.identifier().attribute() == null) {
            return "save() calls persist() while the id is null, else merge().";
        }
        String id = entity.identifier().attribute();
        String strategy = entity.identifier().generation() == null ? null : entity.identifier().generation().strategy();
        String text = "save() calls persist() while `" + id + "` is null" + (isPrimitive(entity.identifier().javaType()) ? " or 0" : "")
                + ", else merge()";
        if ("ASSIGNED".equals(strategy) || "FOREIGN".equals(strategy)) {
            text += ". The application assigns `" + id + "`, so save() of a new " + entity.name() + " with its id set runs merge():"
                    + " Hibernate SELECTs the row first, and save() returns a different instance than the one passed: keep using the returned one";
        } else {
            text += ": a new " + entity.name() + " must not have `" + id + "` set (" + strategy + " assigns it), or save() merges it";
        }
        return text + ".";
    }

    private static boolean isPrimitive(String type) {
        return type != null && List.of("byte", "short", "int", "long", "char", "float", "double", "boolean").contains(type);
    }

    /** A domain type that is not an entity of the model, but an entity of a package outside the packages filter. */
    private boolean isOutsideModel(Class<?> domain) {
        return JavaMembers.has(domain, "jakarta.persistence.Entity");
    }

    /** Walks the interface hierarchy: framework bases, application fragments, and application repository interfaces. */
    private void collect(Class<?> type, Set<String> bases, List<Repository.Fragment> fragments, Set<Class<?>> application,
                         ApplicationFacts app) {
        if (type.getName().startsWith(SPRING_DATA_PACKAGE)) {
            bases.add(type.getName());
            for (Class<?> parent : type.getInterfaces()) collect(parent, bases, fragments, application, app);
            return;
        }
        if (spring.isRepository(type) || JavaMembers.has(type, REPOSITORY_DEFINITION)) {
            application.add(type);
            for (Class<?> parent : type.getInterfaces()) collect(parent, bases, fragments, application, app);
        } else if (fragments.stream().noneMatch(f -> f.interfaceName().equals(type.getName()))) {
            Set<String> impls = app.implementations().getOrDefault(type.getName(), new TreeSet<>());
            String preferred = impls.stream().filter(i -> i.endsWith("." + type.getSimpleName() + "Impl")).findFirst()
                    .orElse(impls.isEmpty() ? null : impls.iterator().next());
            fragments.add(new Repository.Fragment(type.getName(), preferred));
        }
    }

    private QueryMethod springMethod(Class<?> repository, Method m, Class<?> domain, Entity entity, ApplicationFacts app) {
        String transaction = calls.transaction(m);
        if (m.isDefault()) return plain(m, "default", "A default method: runs its own Java code, which calls other methods of this repository.", transaction);
        if (JavaMembers.annotation(m, PROCEDURE) != null) return plain(m, "procedure", "Calls a stored procedure (`@Procedure`); not checked without a database.", transaction);
        String shape = resultShape(m, domain);
        List<String> parameters = new ArrayList<>();
        List<String> paging = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            String typeName = p.getType().getName();
            if (SPECIAL_PARAMETERS.contains(typeName)) {
                paging.add(switch (p.getType().getSimpleName()) {
                    case "Pageable" -> "paged and sorted by `" + p.getName() + "`";
                    case "Sort" -> "sorted by `" + p.getName() + "`";
                    case "Limit" -> "limited by `" + p.getName() + "`";
                    default -> "scrolled from `" + p.getName() + "`";
                });
                continue;
            }
            parameters.add(JavaMembers.parameterName(p));
        }
        Annotation modifying = JavaMembers.annotation(m, MODIFYING);
        String modifyingText = modifying == null ? null : modifying(modifying);
        Annotation graph = JavaMembers.annotation(m, ENTITY_GRAPH);
        String entityGraph = graph == null ? null : entityGraph(graph);
        Annotation lock = JavaMembers.annotation(m, LOCK);
        String lockMode = lock == null ? null : String.valueOf(SpringData.call(lock, "value"));
        String entityName = entity != null ? entity.name() : domain.getSimpleName();

        Annotation query = JavaMembers.annotation(m, JPA_QUERY);
        Annotation nativeAnnotation = JavaMembers.annotation(m, NATIVE_QUERY);
        String text = query == null ? null : (String) SpringData.call(query, "value");
        boolean nativeQuery = query != null && (boolean) SpringData.call(query, "nativeQuery");
        if (nativeAnnotation != null) {
            text = (String) SpringData.call(nativeAnnotation, "value");
            nativeQuery = true;
        }
        String queryName = query == null ? null : (String) SpringData.call(query, "name");
        String countQuery = query == null ? null : JavaMembers.emptyToNull((String) SpringData.call(query, "countQuery"));
        if ((text == null || text.isBlank()) && queryName != null && !queryName.isBlank()) {
            return namedMethod(m, queryName, shape, modifyingText, entityGraph, lockMode, transaction, true);
        }
        if (text != null && !text.isBlank()) {
            return declaredQuery(m, text, nativeQuery, countQuery, entityName, domain, shape, modifyingText, entityGraph, lockMode, transaction);
        }
        java.lang.reflect.Method base = spring.baseImplementation(m);
        if (base != null) {
            String inherited = spring.inheritedTransaction(base.getName(), base.getParameterCount());
            return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), shape, "base",
                    null, null, null, "Runs Spring Data's own `SimpleJpaRepository." + base.getName() + "()`, not a query derived from the name"
                    + (paging.isEmpty() ? "" : "; " + String.join(", ", paging)) + ".", modifyingText, entityGraph, lockMode,
                    transaction.startsWith("none") && inherited != null ? inherited + " (SimpleJpaRepository)" : transaction, List.of(),
                    QueryMethod.VALID, null, Provenance.derived);
        }
        String named = entityName + "." + m.getName();
        if (metadata != null && (metadata.getNamedHqlQueryMapping(named) != null || metadata.getNamedNativeQueryMapping(named) != null)) {
            return namedMethod(m, named, shape, modifyingText, entityGraph, lockMode, transaction, false);
        }
        return derivedQuery(repository, m, domain, entity, entityName, parameters, paging, shape, modifyingText, entityGraph, lockMode, transaction);
    }

    private QueryMethod derivedQuery(Class<?> repository, Method m, Class<?> domain, Entity entity, String entityName, List<String> parameters,
                                     List<String> paging, String shape, String modifying, String entityGraph, String lock, String transaction) {
        if (spring.parserUnavailable() != null) {
            return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), shape, "derived", null, null,
                    null, "A query derived from the method name, not parsed here.", modifying, entityGraph, lock, transaction, List.of(),
                    QueryMethod.UNCHECKED, spring.parserUnavailable(), Provenance.annotation);
        }
        QueryMethod.DerivedQuery derived;
        try {
            derived = spring.parse(m.getName(), domain, parameters);
        } catch (SpringData.Rejected e) {
            String message = "Spring Data cannot derive a query from the name `" + m.getName() + "`: " + e.getMessage();
            invalid(repository, m, message + " The application fails at startup when it creates this repository;"
                    + " rename the method after existing properties, or declare its query with @Query.");
            return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), shape, "derived", null, null, null,
                    "Not a valid query method.", modifying, entityGraph, lock, transaction, List.of(), QueryMethod.INVALID, message, Provenance.derived);
        }
        String problem = null;
        for (QueryMethod.Alternative and : derived.alternatives()) {
            for (QueryMethod.Condition c : and.conditions()) {
                String missing = persistentPath(entity, c.property());
                if (missing != null && problem == null) problem = missing;
            }
        }
        for (QueryMethod.Ordering o : derived.orderBy()) {
            String missing = persistentPath(entity, o.property());
            if (missing != null && problem == null) problem = missing;
        }
        if (problem != null) {
            invalid(repository, m, problem + " Spring Data accepts the Java property, but Hibernate rejects the query built on it:"
                    + " the application fails when it creates the repository or when the method first runs (depending on the Spring Data version).");
        }
        String description = QueryWords.derived(derived, entityName, shape, paging);
        Class<?> dto = dtoClass(m, domain);
        List<String> selected = dto == null || !"find".equals(derived.subject()) ? List.of() : spring.dtoProperties(dto, domain);
        if (!selected.isEmpty()) {
            // Spring Data builds `select new Dto(e.a, e.b)` from the constructor's parameter names: each must be a persistent property
            description += " Spring Data selects " + String.join(", ", selected.stream().map(p -> "`" + p + "`").toList()) + " into the constructor of `"
                    + dto.getSimpleName() + "`" + (dto.isRecord() ? " (the record's components, in order)." : ".");
            for (String property : selected) {
                String missing = persistentPath(entity, property);
                if (missing != null && problem == null) {
                    problem = "the projection `" + dto.getSimpleName() + "` has a constructor parameter " + missing
                            + " Spring Data selects one property per constructor parameter, by name.";
                    invalid(repository, m, problem + " The application fails when it creates the repository or when the method first runs;"
                            + " name the " + (dto.isRecord() ? "record component" : "constructor parameter") + " after a property of " + entityName
                            + ", or declare the query with @Query and a constructor expression.");
                }
            }
        }
        return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), shape, "derived", null, null, derived,
                description, modifying, entityGraph, lock, transaction, List.of(), problem == null ? QueryMethod.VALID : QueryMethod.INVALID, problem,
                entity != null && entity.provenance() == Provenance.verified ? Provenance.verified : Provenance.derived);
    }

    private QueryMethod declaredQuery(Method m, String text, boolean nativeQuery, String countQuery, String entityName, Class<?> domain,
                                      String shape, String modifying, String entityGraph, String lock, String transaction) {
        String rewritten;
        String problem = null;
        try {
            rewritten = spring.rewrite(text, nativeQuery, entityName, domain);
        } catch (IllegalArgumentException e) {
            rewritten = null;
            problem = "Spring Data rejects this query: " + e.getMessage();
        }
        String status;
        HqlChecker.Outcome outcome = null;
        if (problem != null) {
            status = QueryMethod.INVALID;
        } else if (nativeQuery) {
            status = QueryMethod.UNCHECKED;
            problem = "native SQL: checked only by the database when it runs";
        } else if (rewritten == null && (text.contains("#{") || text.matches("(?s).*%\\s*[:?].*|.*[:?]\\w*\\s*%.*"))) {
            status = QueryMethod.UNCHECKED;
            problem = "the project's Spring Data " + spring.version() + " rewrites this text with classes context-pack does not call"
                    + " (it uses Spring Data JPA 4's); the text is not checked";
        } else if (hql.unavailable() != null) {
            status = QueryMethod.UNCHECKED;
            problem = hql.unavailable();
        } else {
            outcome = hql.check(rewritten == null ? text : rewritten);
            status = outcome.valid() ? QueryMethod.VALID : QueryMethod.INVALID;
            problem = outcome.problem() == null ? null : "Hibernate rejects this query: " + outcome.problem();
        }
        if (countQuery != null && !nativeQuery && QueryMethod.VALID.equals(status)) {
            // the count query of a Page is Spring Data's too: the same rewriting, the same check
            String countText;
            try {
                countText = spring.rewrite(countQuery, false, entityName, domain);
            } catch (IllegalArgumentException e) {
                countText = null;
            }
            HqlChecker.Outcome count = hql.check(countText == null ? countQuery : countText);
            if (!count.valid()) {
                status = QueryMethod.INVALID;
                problem = "Hibernate rejects its count query: " + count.problem();
            }
        }
        if (QueryMethod.INVALID.equals(status)) {
            invalid(m.getDeclaringClass(), m, problem + " The application fails at startup when it creates this repository; fix the query.");
        }
        String shown = rewritten != null && !rewritten.equals(text) ? rewritten : text;
        return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), shape, nativeQuery ? "native" : "jpql",
                shown.strip(), countQuery, null, QueryWords.jpql(outcome, nativeQuery)
                        + (rewritten != null && !rewritten.strip().equals(text.strip()) ? " Spring Data rewrites the declared text `" + text.strip().replaceAll("\\s+", " ")
                        + "` into the query below before Hibernate sees it." : ""), modifying, entityGraph, lock, transaction, List.of(), status, problem,
                QueryMethod.VALID.equals(status) ? Provenance.verified : Provenance.annotation);
    }

    private QueryMethod namedMethod(Method m, String name, String shape, String modifying, String entityGraph, String lock,
                                    String transaction, boolean explicit) {
        var hqlQuery = metadata == null ? null : metadata.getNamedHqlQueryMapping(name);
        var nativeQuery = metadata == null ? null : metadata.getNamedNativeQueryMapping(name);
        String text = hqlQuery != null ? hqlQuery.getHqlString() : nativeQuery != null ? nativeQuery.getSqlQueryString() : null;
        if (text == null) {
            String problem = "the named query `" + name + "` does not exist";
            invalid(m.getDeclaringClass(), m, problem + ". Declare it with @NamedQuery or in orm.xml, or give the method its query with @Query.");
            return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), shape, "named", null, null, null,
                    "Not a valid query method.", modifying, entityGraph, lock, transaction, List.of(), QueryMethod.INVALID, problem, Provenance.derived);
        }
        HqlChecker.Outcome outcome = hqlQuery != null && hql.unavailable() == null ? hql.check(text) : null;
        String status = nativeQuery != null ? QueryMethod.UNCHECKED : outcome == null ? QueryMethod.UNCHECKED
                : outcome.valid() ? QueryMethod.VALID : QueryMethod.INVALID;
        String problem = outcome != null && !outcome.valid() ? "Hibernate rejects the named query `" + name + "`: " + outcome.problem()
                : nativeQuery != null ? "native SQL: checked only by the database when it runs" : null;
        String description = "Runs the named query `" + name + "`" + (explicit ? "" : " (Spring Data uses a named query `Entity.method` before it derives one from the name)")
                + ". " + QueryWords.jpql(outcome, nativeQuery != null);
        return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), shape, "named", text.strip(), null, null,
                description, modifying, entityGraph, lock, transaction, List.of(), status, problem, Provenance.verified);
    }

    /**
     * A custom fragment's method runs the implementation's Java code: the query strings it hands to
     * {@code createQuery} as constants are checked by Hibernate; a query built at run time is not.
     */
    private QueryMethod fragmentMethod(Method m, Repository.Fragment fragment) {
        String transaction = calls.transaction(m);
        if (fragment.implementation() != null) {
            // a fragment method runs in the transaction its implementation declares (Spring Data's rule)
            String declared = calls.callerTransaction(fragment.implementation() + "#" + m.getName());
            transaction = declared != null ? declared + " (@Transactional on " + fragment.implementation().substring(fragment.implementation().lastIndexOf('.') + 1) + ")"
                    : "none declared on the interface or on " + fragment.implementation().substring(fragment.implementation().lastIndexOf('.') + 1)
                    + ": it joins the caller's transaction or runs without one";
        }
        if (fragment.implementation() == null) {
            return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), null, "fragment", null, null,
                    null, "A custom fragment method, but no class of this module implements `" + fragment.interfaceName()
                    + "` (Spring Data looks for `" + fragment.interfaceName().substring(fragment.interfaceName().lastIndexOf('.') + 1) + "Impl`).",
                    null, null, null, transaction, List.of(), QueryMethod.UNCHECKED, "no implementation found in this module", Provenance.annotation);
        }
        String runs = "Runs `" + fragment.implementation().substring(fragment.implementation().lastIndexOf('.') + 1) + "." + m.getName() + "()`";
        List<String> literals = bodies.queryLiterals(fragment.implementation(), m.getName());
        if (literals.isEmpty() || hql.unavailable() != null) {
            return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), null, "fragment", null, null,
                    null, runs + ", the fragment's own Java code.", null, null, null, transaction, List.of(), QueryMethod.UNCHECKED,
                    literals.isEmpty() ? "it passes no constant query string to createQuery: the query is built in code (criteria or concatenation)"
                            : hql.unavailable(), Provenance.annotation);
        }
        List<String> problems = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (String literal : literals) {
            HqlChecker.Outcome outcome = hql.check(literal);
            if (!outcome.valid()) problems.add("Hibernate rejects `" + literal.strip() + "`: " + outcome.problem());
            else described.add(QueryWords.jpql(outcome, false));
        }
        String problem = problems.isEmpty() ? null : String.join(" ", problems);
        if (problem != null) invalid(m.getDeclaringClass(), m, problem + " The query fails when the method runs; fix it in " + fragment.implementation() + ".");
        return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), null, "fragment",
                String.join("\n", literals.stream().map(String::strip).toList()), null, null,
                runs + ", the fragment's own Java code, which creates " + (literals.size() == 1 ? "this query" : "these queries")
                        + (described.isEmpty() ? "." : ": " + String.join(" ", described)),
                null, null, null, transaction, List.of(), problem == null ? QueryMethod.VALID : QueryMethod.INVALID, problem, Provenance.verified);
    }

    private QueryMethod plain(Method m, String source, String description, String transaction) {
        return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), null, source, null, null, null,
                description, null, null, null, transaction, List.of(), QueryMethod.UNCHECKED, null, Provenance.annotation);
    }

    // ---- Jakarta Data ----

    private Repository jakartaRepository(Class<?> type, ApplicationFacts app) {
        Class<?> domain = null;
        String idType = null;
        Set<String> bases = new TreeSet<>();
        for (Type parent : type.getGenericInterfaces()) {
            if (parent instanceof ParameterizedType p && JavaMembers.raw(p).getName().startsWith("jakarta.data.repository.")) {
                bases.add(JavaMembers.raw(p).getName());
                domain = JavaMembers.raw(p.getActualTypeArguments()[0]);
                if (p.getActualTypeArguments().length > 1) idType = p.getActualTypeArguments()[1].getTypeName();
            }
        }
        Entity entity = domain == null ? null : entitiesByClass.get(domain.getName());
        List<QueryMethod> methods = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (m.isSynthetic() || Modifier.isStatic(m.getModifiers())) continue;
            methods.add(calls.withCallers(type, m, jakartaMethod(m, domain, entity, app)));
        }
        methods.sort(Comparator.comparing(QueryMethod::name).thenComparing(QueryMethod::signature));
        return new Repository(type.getSimpleName(), type.getName(), "jakarta-data", entity == null ? null : entity.name(),
                domain == null ? null : domain.getName(), idType, List.copyOf(bases), List.of(), List.copyOf(methods), calls.usedBy(type),
                List.of(), null, entity != null ? entity.provenance() : Provenance.annotation);
    }

    private QueryMethod jakartaMethod(Method m, Class<?> domain, Entity entity, ApplicationFacts app) {
        String transaction = calls.transaction(m);
        for (String kind : List.of("Insert", "Update", "Delete", "Save")) {
            if (JavaMembers.annotation(m, "jakarta.data.repository." + kind) != null) {
                return plain(m, "jakarta-data", "@" + kind + ": " + switch (kind) {
                    case "Insert" -> "inserts the given entities (fails if a row exists).";
                    case "Update" -> "updates the given entities (fails if a row is missing or its version is stale).";
                    case "Delete" -> "deletes the given entities, or the rows matching its parameters.";
                    default -> "inserts or updates the given entities.";
                }, transaction);
            }
        }
        Annotation query = JavaMembers.annotation(m, "jakarta.data.repository.Query");
        if (query != null) {
            String text = (String) SpringData.call(query, "value");
            // JDQL may leave out the FROM clause: the repository's entity is then the root
            String lead = text.strip().toLowerCase(java.util.Locale.ROOT);
            String checked = entity != null && (lead.isEmpty() || lead.startsWith("where ") || lead.startsWith("order "))
                    ? "from " + entity.name() + " " + text.strip() : text;
            HqlChecker.Outcome outcome = hql.unavailable() == null ? hql.check(checked) : null;
            String status = outcome == null ? QueryMethod.UNCHECKED : outcome.valid() ? QueryMethod.VALID : QueryMethod.INVALID;
            String problem = outcome != null && !outcome.valid() ? "Hibernate rejects this query: " + outcome.problem() : null;
            if (problem != null) invalid(m.getDeclaringClass(), m, problem + " Fix the query.");
            return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), resultShape(m, domain), "jakarta-data",
                    text.strip(), null, null, QueryWords.jpql(outcome, false), null, null, null, transaction, List.of(), status, problem, Provenance.verified);
        }
        if (JavaMembers.annotation(m, "jakarta.data.repository.Find") != null) {
            List<String> conditions = new ArrayList<>();
            String problem = null;
            for (Parameter p : m.getParameters()) {
                Annotation by = JavaMembers.annotation(p, "jakarta.data.repository.By");
                String property = by != null ? (String) SpringData.call(by, "value") : p.isNamePresent() ? p.getName() : null;
                if (property == null) continue;
                if (property.startsWith("org.") || SPECIAL_PARAMETERS.contains(p.getType().getName())) continue;
                String missing = persistentPath(entity, property.replace('_', '.'));
                if (missing != null && problem == null) problem = missing;
                conditions.add("`" + property + "` = `" + p.getName() + "`");
            }
            if (problem != null) invalid(m.getDeclaringClass(), m, problem);
            String name = (entity == null ? (domain == null ? "the" : domain.getSimpleName()) : entity.name()) + " entities";
            return new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), resultShape(m, domain), "jakarta-data",
                    null, null, null, "@Find: finds " + name + (conditions.isEmpty() ? "" : " whose " + String.join(" and ", conditions)) + ".",
                    null, null, null, transaction, List.of(), problem == null ? QueryMethod.VALID : QueryMethod.INVALID, problem, Provenance.derived);
        }
        return plain(m, "jakarta-data", "A Jakarta Data method without a lifecycle or query annotation.", transaction);
    }

    // ---- shared ----

    /** Null when every segment of {@code path} is a persistent attribute of the model, else what is missing. */
    private String persistentPath(Entity entity, String path) {
        if (entity == null) return null;
        Entity current = entity;
        List<Attribute> attributes = entity.attributes();
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            Attribute found = null;
            for (Attribute a : attributes) {
                if (a.name().equals(segment)) found = a;
            }
            if (found == null && current.identifier() != null && segment.equals(current.identifier().attribute())) {
                return null;
            }
            if (found == null && current.identifier() != null && current.identifier().parts() != null) {
                for (Attribute part : current.identifier().parts()) {
                    if (part.name().equals(segment)) return null;
                }
            }
            if (found == null) {
                // attributes of embeddables are also listed under their dotted path
                String rest = String.join(".", java.util.Arrays.copyOfRange(segments, i, segments.length));
                for (Attribute a : attributes) {
                    if (a.name().equals(rest)) return null;
                }
                return "`" + path + "`: `" + segment + "` is not a persistent attribute of " + current.name() + ".";
            }
            if (found.association() != null) {
                current = entitiesByName.get(found.association().target());
                if (current == null) return null;
                attributes = current.attributes();
            } else if (found.embedded() != null) {
                attributes = found.embedded().attributes();
            } else {
                return null;
            }
        }
        return null;
    }

    private void invalid(Class<?> repository, Method m, String message) {
        findings.add(new Finding("CP-QUERY-INVALID", Finding.Severity.error, repository.getName(), m.getName(), message));
    }

    /**
     * Spring Data's AOT metadata holds the JPQL it generated for the method: Hibernate checks that too.
     * Where the verdicts differ the pack keeps its own, and the build log says so.
     */
    private void crossCheck(Class<?> repository, QueryMethod m, String aotQuery) {
        if (!m.source().equals("derived") || hql.unavailable() != null) return;
        HqlChecker.Outcome outcome = hql.check(aotQuery);
        if (outcome.valid() != QueryMethod.VALID.equals(m.status())) {
            crossChecks.add(repository.getName() + "." + m.name() + ": context-pack finds it " + m.status() + ", but Hibernate "
                    + (outcome.valid() ? "accepts" : "rejects (" + outcome.problem() + ")") + " the query Spring Data's AOT processing generated for it: "
                    + aotQuery + ". The AOT metadata may be stale (rebuild through prepare-package); otherwise please report it.");
        }
    }

    /** The class a derived query's result is constructed as (a record or other DTO), or null: an entity, interface or JDK type. */
    private Class<?> dtoClass(Method m, Class<?> domain) {
        Type generic = m.getGenericReturnType();
        Class<?> raw = m.getReturnType();
        Type element = generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1 ? p.getActualTypeArguments()[0] : generic;
        Class<?> type = element == generic ? raw : JavaMembers.raw(element);
        if (type == null || type == domain || type.isInterface() || type.isPrimitive() || type.isArray() || type.getName().startsWith("java.")
                || entitiesByClass.containsKey(type.getName())) return null;
        return type;
    }

    private String resultShape(Method m, Class<?> domain) {
        Class<?> raw = m.getReturnType();
        Type generic = m.getGenericReturnType();
        String element = generic instanceof ParameterizedType p && p.getActualTypeArguments().length > 0
                ? describeElement(p.getActualTypeArguments()[0], domain) : null;
        String name = raw.getName();
        if (raw == void.class) return "nothing";
        if (raw == boolean.class || raw == Boolean.class) return "a boolean";
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) return "a number";
        if (name.equals("java.util.Optional")) return "an Optional of " + element;
        if (name.equals("org.springframework.data.domain.Page")) return "a Page of " + element + " (runs a count query as well)";
        if (name.equals("org.springframework.data.domain.Slice")) return "a Slice of " + element + " (reads one row more, no count query)";
        if (name.equals("org.springframework.data.domain.Window")) return "a Window of " + element;
        if (name.equals("java.util.stream.Stream")) return "a Stream of " + element + " (close it, inside a transaction)";
        if (java.util.Collection.class.isAssignableFrom(raw) || raw == Iterable.class
                || name.equals("org.springframework.data.util.Streamable")) return "a " + raw.getSimpleName() + " of " + element;
        String single = describeElement(generic, domain);
        return "one " + single + " or null";
    }

    private String describeElement(Type type, Class<?> domain) {
        Class<?> raw = JavaMembers.raw(type);
        if (raw == null) return type.getTypeName();
        if (raw == domain) {
            Entity e = entitiesByClass.get(raw.getName());
            return e == null ? raw.getSimpleName() : e.name();
        }
        if (entitiesByClass.containsKey(raw.getName())) return entitiesByClass.get(raw.getName()).name();
        if (raw.isInterface()) return "`" + raw.getSimpleName() + "` (interface projection)";
        if (raw.isRecord() || !raw.getName().startsWith("java.")) return "`" + raw.getSimpleName() + "` (DTO projection)";
        return raw.getSimpleName();
    }

    private static String modifying(Annotation modifying) {
        boolean flush = (boolean) SpringData.call(modifying, "flushAutomatically");
        boolean clear = (boolean) SpringData.call(modifying, "clearAutomatically");
        return (flush ? "flushes pending changes before it runs" : "does not flush pending changes first")
                + "; " + (clear ? "clears the persistence context after it" : "does not clear the persistence context: entities already loaded keep their old values");
    }

    private static String entityGraph(Annotation graph) {
        String value = (String) SpringData.call(graph, "value");
        String[] paths = (String[]) SpringData.call(graph, "attributePaths");
        String type = String.valueOf(SpringData.call(graph, "type"));
        String what = value != null && !value.isEmpty() ? "named graph `" + value + "`" : "attributes " + String.join(", ", paths);
        return what + " loaded as " + type + " graph";
    }

    private List<NamedQuery> namedQueries() {
        if (metadata == null) return List.of();
        Map<String, NamedQuery> queries = new TreeMap<>();
        metadata.visitNamedHqlQueryDefinitions(d -> {
            HqlChecker.Outcome outcome = hql.unavailable() == null ? hql.check(d.getHqlString()) : null;
            String status = outcome == null ? QueryMethod.UNCHECKED : outcome.valid() ? QueryMethod.VALID : QueryMethod.INVALID;
            String problem = outcome == null ? hql.unavailable() : outcome.problem();
            if (QueryMethod.INVALID.equals(status)) {
                findings.add(new Finding("CP-QUERY-INVALID", Finding.Severity.error, d.getLocation(), d.getRegistrationName(),
                        "Hibernate rejects the named query `" + d.getRegistrationName() + "`: " + problem
                                + " The application fails when it first uses it (or at startup with hibernate.query.startup_check); fix the query."));
            }
            queries.put(d.getRegistrationName(), new NamedQuery(d.getRegistrationName(), d.getHqlString().strip(), false, status, problem,
                    Provenance.verified));
        });
        metadata.visitNamedNativeQueryDefinitions(d -> queries.put(d.getRegistrationName(), new NamedQuery(d.getRegistrationName(),
                d.getSqlQueryString().strip(), true, QueryMethod.UNCHECKED, "native SQL: checked only by the database when it runs", Provenance.verified)));
        return List.copyOf(queries.values());
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, project);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

}
