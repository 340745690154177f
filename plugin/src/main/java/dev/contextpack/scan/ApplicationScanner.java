package dev.contextpack.scan;

import dev.contextpack.model.EventHandler;
import dev.contextpack.model.EventPublisher;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.TransactionBoundary;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the application code that uses the entities: repositories, services, listeners. Like
 * {@link ClassScanner}, ClassGraph parses the class files: nothing is loaded or initialised.
 */
public final class ApplicationScanner {

    static final String SPRING_TX = "org.springframework.transaction.annotation.Transactional";
    static final String JAKARTA_TX = "jakarta.transaction.Transactional";
    static final String EVENT_LISTENER = "org.springframework.context.event.EventListener";
    static final String TX_EVENT_LISTENER = "org.springframework.transaction.event.TransactionalEventListener";
    static final String DOMAIN_EVENTS = "org.springframework.data.domain.DomainEvents";
    static final String AFTER_PUBLICATION = "org.springframework.data.domain.AfterDomainEventPublication";
    static final String AGGREGATE_ROOT = "org.springframework.data.domain.AbstractAggregateRoot";
    private static final List<String> INJECT = List.of("org.springframework.beans.factory.annotation.Autowired",
            "jakarta.inject.Inject", "jakarta.annotation.Resource", "javax.inject.Inject");

    /** @param packages the plugin's packages filter: only these packages (and their subpackages); empty: all */
    public ApplicationFacts scan(Path classesDirectory, List<String> packages) {
        if (!Files.isDirectory(classesDirectory)) return ApplicationFacts.empty();
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(classesDirectory.toString())
                .enableClassInfo().enableFieldInfo().enableMethodInfo().enableAnnotationInfo()
                .ignoreClassVisibility().ignoreFieldVisibility().ignoreMethodVisibility();
        if (!packages.isEmpty()) graph.acceptPackages(packages.toArray(String[]::new));
        try (io.github.classgraph.ScanResult result = graph.scan()) {
            SortedSet<String> interfaces = new TreeSet<>();
            Map<String, SortedSet<String>> implementations = new TreeMap<>();
            List<TransactionBoundary> transactions = new ArrayList<>();
            List<EventHandler> handlers = new ArrayList<>();
            List<EventPublisher> publishers = new ArrayList<>();
            Map<String, SortedSet<String>> injections = new TreeMap<>();
            for (ClassInfo info : result.getAllClasses()) {
                // classes Spring's AOT processing generates (Repository__BeanDefinitions, ...Impl__AotRepository) are not the application's
                if (info.isAnnotation() || info.getSimpleName().contains("__")) continue;
                if (info.isInterface()) interfaces.add(info.getName());
                else {
                    for (ClassInfo implemented : info.getInterfaces()) {
                        implementations.computeIfAbsent(implemented.getName(), k -> new TreeSet<>()).add(info.getName());
                    }
                    SortedSet<String> injected = injected(info);
                    if (!injected.isEmpty()) injections.put(info.getName(), injected);
                }
                transaction(info, null, info.getAnnotationInfo(SPRING_TX), "spring", transactions);
                transaction(info, null, info.getAnnotationInfo(JAKARTA_TX), "jakarta", transactions);
                String domainEvents = null;
                String afterPublication = null;
                for (MethodInfo method : info.getDeclaredMethodInfo()) {
                    if (method.isSynthetic() || method.isBridge()) continue;
                    transaction(info, method, method.getAnnotationInfo(SPRING_TX), "spring", transactions);
                    transaction(info, method, method.getAnnotationInfo(JAKARTA_TX), "jakarta", transactions);
                    handler(info, method, handlers);
                    if (method.hasAnnotation(DOMAIN_EVENTS)) domainEvents = method.getName() + "()";
                    if (method.hasAnnotation(AFTER_PUBLICATION)) afterPublication = method.getName() + "()";
                }
                boolean aggregateRoot = info.getSuperclasses().stream().anyMatch(s -> s.getName().equals(AGGREGATE_ROOT));
                if (domainEvents == null && aggregateRoot) {
                    // AbstractAggregateRoot's own methods: domainEvents() publishes, clearDomainEvents() clears
                    domainEvents = "domainEvents() (inherited from AbstractAggregateRoot; registerEvent() adds to it)";
                    afterPublication = "clearDomainEvents()";
                }
                if (domainEvents != null) {
                    publishers.add(new EventPublisher(null, info.getName(), domainEvents, afterPublication, Provenance.annotation));
                }
            }
            transactions.sort(Comparator.comparing(TransactionBoundary::className)
                    .thenComparing(t -> t.method() == null ? "" : t.method()));
            handlers.sort(Comparator.comparing(EventHandler::className).thenComparing(EventHandler::method));
            return new ApplicationFacts(interfaces, implementations, List.copyOf(transactions), List.copyOf(handlers),
                    List.copyOf(publishers), injections);
        }
    }

    /** Types a class receives: constructor parameters (constructor injection) and fields marked for injection. */
    private static SortedSet<String> injected(ClassInfo info) {
        SortedSet<String> types = new TreeSet<>();
        for (MethodInfo constructor : info.getDeclaredConstructorInfo()) {
            if (constructor.isSynthetic()) continue;
            for (MethodParameterInfo parameter : constructor.getParameterInfo()) {
                types.add(erasure(parameter.getTypeDescriptor().toString()));
            }
        }
        for (FieldInfo field : info.getDeclaredFieldInfo()) {
            if (INJECT.stream().anyMatch(field::hasAnnotation)) types.add(erasure(field.getTypeDescriptor().toString()));
        }
        return types;
    }

    private static String erasure(String type) {
        int generic = type.indexOf('<');
        String raw = generic < 0 ? type : type.substring(0, generic);
        // type-use annotations are printed before the name
        return raw.substring(raw.lastIndexOf(' ') + 1);
    }

    private static void transaction(ClassInfo info, MethodInfo method, AnnotationInfo annotation, String framework,
                                    List<TransactionBoundary> into) {
        if (annotation == null) return;
        Map<String, String> p = params(annotation);
        boolean spring = framework.equals("spring");
        List<String> rollbackFor = list(spring ? p.get("rollbackFor") : p.get("rollbackOn"));
        if (spring && p.containsKey("rollbackForClassName")) rollbackFor = concat(rollbackFor, list(p.get("rollbackForClassName")));
        List<String> noRollbackFor = list(spring ? p.get("noRollbackFor") : p.get("dontRollbackOn"));
        if (spring && p.containsKey("noRollbackForClassName")) noRollbackFor = concat(noRollbackFor, list(p.get("noRollbackForClassName")));
        String propagation = spring ? p.getOrDefault("propagation", "REQUIRED") : p.getOrDefault("value", "REQUIRED");
        into.add(new TransactionBoundary(info.getName(), method == null ? null : signature(method), framework,
                Boolean.parseBoolean(p.getOrDefault("readOnly", "false")), propagation,
                spring ? p.getOrDefault("isolation", "DEFAULT") : null,
                spring ? p.get("timeout") : null, rollbackFor, noRollbackFor, Provenance.annotation));
    }

    /** {@code name(SimpleType, ...)}: overloads are told apart, as a reader writes them. */
    public static String signature(MethodInfo method) {
        List<String> types = new ArrayList<>();
        for (MethodParameterInfo p : method.getParameterInfo()) {
            String type = erasure(p.getTypeDescriptor().toString());
            types.add(type.substring(type.lastIndexOf('.') + 1));
        }
        return method.getName() + "(" + String.join(", ", types) + ")";
    }

    private static void handler(ClassInfo info, MethodInfo method, List<EventHandler> into) {
        AnnotationInfo tx = method.getAnnotationInfo(TX_EVENT_LISTENER);
        AnnotationInfo plain = method.getAnnotationInfo(EVENT_LISTENER);
        AnnotationInfo annotation = tx != null ? tx : plain;
        if (annotation == null) return;
        Map<String, String> p = params(annotation);
        String declared = p.getOrDefault("classes", p.get("value"));
        String event = declared != null && !declared.isEmpty() ? declared
                : method.getParameterInfo().length > 0 ? erasure(method.getParameterInfo()[0].getTypeDescriptor().toString()) : "?";
        into.add(new EventHandler(info.getName(), method.getName() + "()", tx != null ? "@TransactionalEventListener" : "@EventListener",
                event, tx != null ? p.getOrDefault("phase", "AFTER_COMMIT") : null,
                tx != null && Boolean.parseBoolean(p.getOrDefault("fallbackExecution", "false")),
                p.get("condition") == null || p.get("condition").isEmpty() ? null : p.get("condition"), Provenance.annotation));
    }

    private static Map<String, String> params(AnnotationInfo annotation) {
        Map<String, String> params = new TreeMap<>();
        annotation.getParameterValues(false).forEach(v -> params.put(v.getName(), ClassScanner.render(v.getValue())));
        return params;
    }

    private static List<String> list(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
