package dev.contextpack.query;

import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Panache;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.QueryMethod;
import dev.contextpack.model.Repository;
import dev.contextpack.scan.ApplicationFacts;
import dev.contextpack.scan.PanacheCalls;
import org.hibernate.boot.Metadata;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarkus Hibernate ORM with Panache: the active-record entities, the {@code PanacheRepository} classes as
 * repositories of their entity, and the query strings the code passes to Panache operations, expanded by the
 * project's Panache and checked by Hibernate's HQL translator.
 */
public final class PanacheReader {

    static final String ENTITY_BASE = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    static final String ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntity";
    static final String REPOSITORY_BASE = "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase";
    static final String REPOSITORY = "io.quarkus.hibernate.orm.panache.PanacheRepository";
    private static final Pattern JAR = Pattern.compile("quarkus-hibernate-orm-panache-(\\d.*)\\.jar");

    /** @param panache null when the application does not use Panache */
    public record Result(Panache panache, List<Repository> repositories, List<Finding> findings) {
        static Result none() {
            return new Result(null, List.of(), List.of());
        }
    }

    private final ClassLoader project;
    private final Metadata metadata;
    private final HqlChecker hql;
    private final Map<String, Entity> entitiesByClass = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    public PanacheReader(ClassLoader project, Metadata metadata, HqlChecker hql, List<Entity> entities) {
        this.project = project;
        this.metadata = metadata;
        this.hql = hql;
        entities.forEach(e -> entitiesByClass.putIfAbsent(e.className(), e));
    }

    public Result read(ApplicationFacts app, Path classesDirectory, List<Path> classpath) {
        Class<?> entityBase = load(ENTITY_BASE);
        Class<?> repositoryBase = load(REPOSITORY_BASE);
        if (entityBase == null || repositoryBase == null) return Result.none();
        Class<?> panacheEntity = load(ENTITY);

        List<Panache.ActiveRecord> activeRecords = new ArrayList<>();
        Map<String, Class<?>> entityClasses = new TreeMap<>();
        for (Entity e : new TreeMap<>(entitiesByClass).values()) {
            Class<?> type = load(e.className());
            if (type == null || !entityBase.isAssignableFrom(type)) continue;
            entityClasses.put(e.className(), type);
            boolean inheritsId = panacheEntity != null && panacheEntity.isAssignableFrom(type);
            activeRecords.add(new Panache.ActiveRecord(e.name(), e.className(), inheritsId ? "PanacheEntity" : "PanacheEntityBase", accessors(type)));
        }
        // repository class -> [entity class, id type]
        Map<String, Class<?>[]> repositories = new TreeMap<>();
        Map<String, String> idTypes = new TreeMap<>();
        // every class that implements an interface: a repository may implement Panache's through a base class of its own
        Set<String> candidates = new TreeSet<>();
        app.implementations().values().forEach(candidates::addAll);
        for (String name : candidates) {
            Class<?> type = load(name);
            // an abstract base class of the application's own is no bean: its concrete subclasses are the repositories
            if (type == null || type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !repositoryBase.isAssignableFrom(type)) continue;
            Type[] arguments = repositoryArguments(type, repositoryBase);
            Class<?> domain = arguments == null ? null : JavaMembers.raw(arguments[0]);
            if (domain == null) continue;
            repositories.put(name, new Class<?>[] {domain});
            idTypes.put(name, arguments[1].getTypeName());
            entityClasses.putIfAbsent(domain.getName(), domain);
        }
        if (activeRecords.isEmpty() && repositories.isEmpty()) return Result.none();

        PanacheJpa jpa = PanacheJpa.of(project);
        Set<String> owners = new TreeSet<>();
        activeRecords.forEach(a -> owners.add(a.className()));
        owners.addAll(repositories.keySet());
        List<Panache.Query> queries = new ArrayList<>();
        for (PanacheCalls.Call call : PanacheCalls.read(classesDirectory, owners)) {
            if (call.query() == null) continue;
            boolean viaRepository = repositories.containsKey(call.owner());
            Class<?> entity = viaRepository ? repositories.get(call.owner())[0] : entityClasses.get(call.owner());
            if (entity == null) continue;
            queries.add(query(call, entity, viaRepository ? call.owner() : null, jpa));
        }

        List<PanacheCalls.Use> uses = PanacheCalls.uses(classesDirectory, owners);
        CallSites sites = new CallSites(null, app, findings);
        writesWithoutTransaction(uses, owners, sites);
        List<Repository> repositoryModels = new ArrayList<>();
        repositories.forEach((name, domain) -> repositoryModels.add(repository(load(name), domain[0], idTypes.get(name), queries, app, uses, sites)));
        String firstEntity = activeRecords.isEmpty() ? null : activeRecords.get(0).className();
        if (firstEntity == null && !repositories.isEmpty()) firstEntity = repositories.values().iterator().next()[0].getName();
        Panache panache = new Panache(version(classpath), List.copyOf(activeRecords), expansions(jpa, firstEntity == null ? null : entityClasses.get(firstEntity)),
                List.copyOf(queries), Provenance.derived);
        return new Result(panache, List.copyOf(repositoryModels), List.copyOf(findings));
    }

    /**
     * The entity and id types a repository gives {@code PanacheRepositoryBase}, through its interfaces or through an
     * abstract base class of the application ({@code class LoanRepository extends BaseRepository<Loan, Long>}).
     */
    static Type[] repositoryArguments(Class<?> type, Class<?> repositoryBase) {
        Map<java.lang.reflect.TypeVariable<?>, Type> bindings = Map.of();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Type[] found = JavaMembers.typeArguments(c, repositoryBase, bindings);
            if (found != null) return found;
            Map<java.lang.reflect.TypeVariable<?>, Type> next = new HashMap<>();
            if (c.getGenericSuperclass() instanceof java.lang.reflect.ParameterizedType p && c.getSuperclass() != null) {
                var variables = c.getSuperclass().getTypeParameters();
                Type[] actual = p.getActualTypeArguments();
                for (int i = 0; i < variables.length && i < actual.length; i++) {
                    next.put(variables[i], actual[i] instanceof java.lang.reflect.TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : actual[i]);
                }
            }
            bindings = next;
        }
        return null;
    }

    /** One call's query: expanded by Panache, then checked by Hibernate; an invalid one is a CP-QUERY-INVALID finding on the caller. */
    private Panache.Query query(PanacheCalls.Call call, Class<?> entityClass, String repository, PanacheJpa jpa) {
        Entity entity = entitiesByClass.get(entityClass.getName());
        String entityName = entity == null ? entityClass.getSimpleName() : entity.name();
        String caller = display(call.caller());
        String expanded;
        String problem;
        String status;
        String description = null;
        Provenance provenance = Provenance.derived;
        if (PanacheJpa.isNamed(call.query())) {
            String name = call.query().substring(1);
            var named = metadata == null ? null : metadata.getNamedHqlQueryMapping(name);
            expanded = named == null ? null : named.getHqlString().strip();
            status = metadata == null ? QueryMethod.UNCHECKED : named != null ? QueryMethod.VALID : QueryMethod.INVALID;
            problem = metadata == null ? hql.unavailable() : named == null
                    ? "Panache runs the named query `" + name + "`, which Hibernate's model does not have (declare it with @NamedQuery on " + entityName + ")" : null;
            if (named != null) description = "Runs the named query `" + name + "` (listed with the named queries in conventions).";
        } else if (jpa == null) {
            expanded = null;
            status = QueryMethod.UNCHECKED;
            problem = "the project's class path has no " + PanacheJpa.UTIL + " to expand Panache's query syntax; the string is not checked";
        } else {
            String text;
            try {
                text = jpa.expand(call.operation(), entityClass, call.query(), call.positionalParameters());
            } catch (IllegalArgumentException e) {
                return finish(call, entityName, repository, caller, null, null, QueryMethod.INVALID, "Panache refuses the query: " + e.getMessage(), provenance);
            } catch (RuntimeException e) {
                return finish(call, entityName, repository, caller, null, null, QueryMethod.UNCHECKED,
                        "context-pack could not call Panache's expansion: " + HqlChecker.message(e), provenance);
            }
            expanded = text;
            if (hql.unavailable() != null) {
                status = QueryMethod.UNCHECKED;
                problem = hql.unavailable();
            } else {
                HqlChecker.Outcome outcome = hql.check(text);
                status = outcome.valid() ? QueryMethod.VALID : QueryMethod.INVALID;
                problem = outcome.valid() ? null : "Hibernate rejects it: " + outcome.problem();
                description = outcome.valid() ? QueryWords.jpql(outcome, false) : null;
                provenance = outcome.valid() ? Provenance.verified : Provenance.derived;
            }
        }
        return finish(call, entityName, repository, caller, expanded, description, status, problem, provenance);
    }

    private Panache.Query finish(PanacheCalls.Call call, String entityName, String repository, String caller, String expanded,
                                 String description, String status, String problem, Provenance provenance) {
        if (QueryMethod.INVALID.equals(status)) {
            String cls = call.caller().substring(0, call.caller().indexOf('#'));
            String method = call.caller().substring(call.caller().indexOf('#') + 1);
            findings.add(new Finding("CP-QUERY-INVALID", Finding.Severity.error, cls, method,
                    "The Panache query `" + call.operation() + "(\"" + call.query() + "\", ...)` on " + entityName
                            + (repository == null ? "" : " (through " + simple(repository) + ")")
                            + (expanded == null ? "" : ", which Panache expands into `` " + expanded.strip() + " ``,") + " fails when it runs: "
                            + (problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem) + ". Fix the query string."));
        }
        return new Panache.Query(entityName, repository, caller, call.operation(), call.query(), expanded == null ? null : expanded.strip(),
                description, status, problem, provenance);
    }

    /** A PanacheRepository class as a repository of its entity; each method lists the Panache queries its code runs. */
    /** Panache's operations that write: they need a transaction, which Panache does not open. */
    static final Set<String> WRITES = Set.of("persist", "persistAndFlush", "delete", "deleteAll", "deleteById", "update");

    /**
     * A Panache write called from a method that declares no transaction (on itself or its class): unless every caller of
     * that method runs in one, Hibernate throws TransactionRequiredException. A repository or entity method of the
     * application is not reported itself: its callers decide, and its page lists them.
     */
    private void writesWithoutTransaction(List<PanacheCalls.Use> uses, Set<String> owners, CallSites sites) {
        Set<String> reported = new TreeSet<>();
        for (PanacheCalls.Use use : uses) {
            if (!WRITES.contains(use.method())) continue;
            String callerClass = use.caller().substring(0, use.caller().indexOf('#'));
            if (owners.contains(callerClass) || sites.callerTransaction(use.caller()) != null || !reported.add(use.caller() + " " + use.owner())) continue;
            String method = use.caller().substring(use.caller().indexOf('#') + 1);
            findings.add(new Finding("CP-QUERY-NO-TRANSACTION", Finding.Severity.warning, callerClass, method,
                    "`" + display(use.caller()) + "` calls Panache's `" + simple(use.owner()) + "." + use.method() + "()`, which writes, and declares no"
                            + " transaction (Panache opens none): unless every caller of `" + display(use.caller()) + "` runs in one, Hibernate throws"
                            + " TransactionRequiredException. Annotate the method (or its class) with @Transactional."));
        }
    }

    private Repository repository(Class<?> type, Class<?> domain, String idType, List<Panache.Query> queries, ApplicationFacts app,
                                  List<PanacheCalls.Use> uses, CallSites sites) {
        Set<String> declared = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) declared.add(m.getName());
        Entity entity = entitiesByClass.get(domain.getName());
        List<QueryMethod> methods = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (m.isSynthetic() || m.isBridge() || Modifier.isPrivate(m.getModifiers())) continue;
            String caller = simple(type.getName()) + "." + m.getName() + "()";
            List<Panache.Query> own = queries.stream().filter(q -> q.caller().equals(caller)).toList();
            String problem = own.stream().filter(q -> !QueryMethod.VALID.equals(q.status())).map(Panache.Query::problem)
                    .reduce((a, b) -> a + " " + b).orElse(null);
            String status = own.isEmpty() ? QueryMethod.UNCHECKED : own.stream().anyMatch(q -> QueryMethod.INVALID.equals(q.status())) ? QueryMethod.INVALID
                    : own.stream().allMatch(q -> QueryMethod.VALID.equals(q.status())) ? QueryMethod.VALID : QueryMethod.UNCHECKED;
            List<String> described = new ArrayList<>();
            for (Panache.Query q : own) {
                described.add("`" + q.operation() + "(\"" + q.query() + "\", ...)`" + (q.expanded() == null ? "" : " runs `` " + q.expanded() + " ``")
                        + (q.description() == null ? "" : ": " + q.description()));
            }
            List<String> callers = new ArrayList<>();
            for (PanacheCalls.Use use : uses) {
                if (use.owner().equals(type.getName()) && use.method().equals(m.getName())) callers.add(withTransaction(use.caller(), sites));
            }
            methods.add(new QueryMethod(m.getName(), JavaMembers.signature(m), m.getGenericReturnType().getTypeName(), null, "panache",
                    own.isEmpty() ? null : String.join("\n", own.stream().map(q -> q.expanded() == null ? q.query() : q.expanded()).toList()), null, null,
                    own.isEmpty() ? "Runs its own Java code; it passes no constant query string to a Panache operation."
                            : "Runs its own Java code, which passes Panache " + (own.size() == 1 ? "this query: " : "these queries: ") + String.join("; ", described),
                    null, null, null, transaction(type, m, sites), List.copyOf(callers),
                    status, own.isEmpty() ? "no constant Panache query string in its code" : problem,
                    QueryMethod.VALID.equals(status) ? Provenance.verified : Provenance.derived));
        }
        methods.sort(Comparator.comparing(QueryMethod::name).thenComparing(QueryMethod::signature));
        List<String> usedBy = new ArrayList<>();
        app.injections().forEach((user, types) -> {
            if (types.contains(type.getName())) usedBy.add(user);
        });
        String base = load(REPOSITORY) != null && load(REPOSITORY).isAssignableFrom(type) ? REPOSITORY : REPOSITORY_BASE;
        // Panache's own operations (persist, findById, listAll, ...) the module calls on this repository
        List<String> inherited = new ArrayList<>();
        for (PanacheCalls.Use use : uses) {
            if (use.owner().equals(type.getName()) && !declared.contains(use.method()) && !use.caller().startsWith(type.getName() + "#")) {
                inherited.add("`" + use.method() + "()` from " + withTransaction(use.caller(), sites));
            }
        }
        return new Repository(type.getSimpleName(), type.getName(), "panache", entity == null ? null : entity.name(), domain.getName(), idType,
                List.of(base), List.of(), List.copyOf(methods), List.copyOf(usedBy), List.copyOf(inherited), null,
                entity != null && entity.provenance() == Provenance.verified ? Provenance.verified : Provenance.annotation);
    }

    /**
     * Panache's rules shown on an entity of this application, each computed by its PanacheJpaUtil; the
     * attribute is a basic attribute of that entity, so every example is a query the application could run.
     */
    private List<Panache.Expansion> expansions(PanacheJpa jpa, Class<?> entityClass) {
        if (jpa == null || entityClass == null) return List.of();
        Entity entity = entitiesByClass.get(entityClass.getName());
        String attribute = entity == null ? null : entity.attributes().stream()
                .filter(a -> a.association() == null && !a.identifier() && a.embedded() == null && a.elementCollection() == null && !a.name().contains("."))
                .map(Attribute::name).findFirst().orElse(null);
        if (attribute == null) return List.of();
        String id = entity.identifier() == null || entity.identifier().attribute() == null ? "id" : entity.identifier().attribute();
        List<Panache.Expansion> expansions = new ArrayList<>();
        String[][] examples = {
                {"find", attribute, "1"},
                {"find", attribute + " = ?1 and " + id + " > ?2", "2"},
                {"find", "order by " + attribute, "0"},
                {"find", "from " + entity.name() + " where " + attribute + " = ?1", "1"},
                {"count", attribute, "1"},
                {"count", "order by " + attribute, "0"},
                {"delete", attribute, "1"},
                {"update", attribute + " = ?1 where " + id + " = ?2", "2"},
        };
        for (String[] e : examples) {
            try {
                expansions.add(new Panache.Expansion(entity.name(), e[0], e[1] + (e[2].equals("0") ? "" : ", " + placeholders(Integer.parseInt(e[2]))),
                        jpa.expand(e[0], entityClass, e[1], Integer.parseInt(e[2])).strip()));
            } catch (RuntimeException ignored) {
                // an example this Panache version refuses is left out
            }
        }
        return List.copyOf(expansions);
    }

    private static String placeholders(int n) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) values.add("v" + i);
        return String.join(", ", values);
    }

    /** Hand-written getters and setters of the class's public fields: Quarkus calls them wherever other classes use the field. */
    private static List<String> accessors(Class<?> type) {
        Set<String> found = new TreeSet<>();
        for (Field f : type.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) || Modifier.isTransient(mod)) continue;
            String cap = f.getName().substring(0, 1).toUpperCase(Locale.ROOT) + f.getName().substring(1);
            for (Method m : type.getDeclaredMethods()) {
                if (m.isSynthetic() || m.isBridge() || Modifier.isStatic(m.getModifiers())) continue;
                boolean getter = (m.getName().equals("get" + cap) || m.getName().equals("is" + cap)) && m.getParameterCount() == 0;
                boolean setter = m.getName().equals("set" + cap) && m.getParameterCount() == 1;
                if (getter || setter) found.add(m.getName() + "()");
            }
        }
        return List.copyOf(found);
    }

    private static String withTransaction(String caller, CallSites sites) {
        String transaction = sites.callerTransaction(caller);
        return "`" + display(caller) + "`, " + (transaction == null ? "which declares no transaction" : "in a " + transaction);
    }

    /** A repository method runs in the transaction it declares (or its class), else in its caller's: Panache opens none. */
    private static String transaction(Class<?> type, Method m, CallSites sites) {
        String declared = sites.callerTransaction(type.getName() + "#" + m.getName());
        return declared != null ? declared + " (@Transactional on the method or class)"
                : "none declared: it runs in its caller's transaction or in none (Panache opens none; operations that write need one)";
    }

    private static String version(List<Path> classpath) {
        for (Path element : classpath) {
            Path name = element.getFileName();
            if (name == null) continue;
            Matcher m = JAR.matcher(name.toString());
            if (m.matches()) return m.group(1);
        }
        return null;
    }

    /** {@code pkg.Class#method} as {@code Class.method()}. */
    private static String display(String caller) {
        String cls = caller.substring(0, caller.indexOf('#'));
        return simple(cls) + "." + caller.substring(caller.indexOf('#') + 1) + "()";
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, project);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
