package dev.contextpack.query;

import dev.contextpack.model.Finding;
import dev.contextpack.model.QueryMethod;
import dev.contextpack.model.TransactionBoundary;
import dev.contextpack.scan.ApplicationFacts;
import dev.contextpack.scan.MethodBodies;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the application uses a repository: who has it injected, which methods call each of its
 * methods (read from their bytecode), and the transaction each side declares.
 */
final class CallSites {

    private final MethodBodies bodies;
    private final ApplicationFacts app;
    private final List<Finding> findings;

    CallSites(MethodBodies bodies, ApplicationFacts app, List<Finding> findings) {
        this.bodies = bodies;
        this.app = app;
        this.findings = findings;
    }

    /** The transaction a repository method runs in, from its own or its interface's @Transactional. */
    String transaction(Method m) {
        TransactionBoundary onMethod = null;
        TransactionBoundary onType = null;
        for (TransactionBoundary t : app.transactions()) {
            if (!t.className().equals(m.getDeclaringClass().getName())) continue;
            if (t.method() == null) onType = t;
            else if (t.method().equals(simpleSignature(m))) onMethod = t;
        }
        TransactionBoundary t = onMethod != null ? onMethod : onType;
        if (t != null) return (t.readOnly() ? "read-only" : "read-write") + " transaction (@Transactional on the "
                + (t == onMethod ? "method" : "interface") + (t.propagation().equals("REQUIRED") ? "" : ", " + t.propagation()) + ")";
        return "none declared (Spring Data gives the methods a repository declares none): it joins the caller's transaction or runs without one";
    }

    /**
     * Who calls the method (read from the callers' bytecode), each with the transaction it runs in. A
     * {@code @Modifying} or {@code @Lock} method without a transaction of its own, called from code that
     * declares none either, fails at runtime: a finding.
     */
    QueryMethod withCallers(Class<?> repository, Method declared, QueryMethod m) {
        List<String> callers = new ArrayList<>();
        for (String caller : bodies.callers(repository.getName(), m.name(), org.objectweb.asm.Type.getMethodDescriptor(declared))) {
            String transaction = callerTransaction(caller);
            callers.add("`" + display(caller) + "`, " + (transaction == null ? "which declares no transaction" : "in a " + transaction));
            boolean needsTransaction = m.modifying() != null || m.lock() != null;
            if (needsTransaction && transaction == null && m.transaction().startsWith("none")) {
                findings.add(new Finding("CP-QUERY-NO-TRANSACTION", Finding.Severity.warning, repository.getName(), m.name(),
                        "`" + display(caller) + "` calls " + (m.modifying() != null ? "this @Modifying query" : "this locking query")
                                + " and neither declares a transaction: unless every caller of `" + display(caller) + "` runs in one,"
                                + " Hibernate throws TransactionRequiredException. Annotate the calling method or the repository method with @Transactional."));
            }
        }
        return m.withCalledFrom(List.copyOf(callers));
    }

    /** {@code name(SimpleType, ...)}, as {@link dev.contextpack.scan.ApplicationScanner#signature} writes a method. */
    static String simpleSignature(Method m) {
        List<String> types = new ArrayList<>();
        for (Class<?> type : m.getParameterTypes()) types.add(type.getSimpleName());
        return m.getName() + "(" + String.join(", ", types) + ")";
    }

    /** The inherited operations the module calls on this repository (save, findById, ...), with their callers. */
    List<String> inheritedCalls(Class<?> repository, Set<Class<?>> declaring) {
        Set<String> declared = new TreeSet<>();
        for (Class<?> d : declaring) for (Method m : d.getDeclaredMethods()) declared.add(m.getName());
        List<String> calls = new ArrayList<>();
        Map<String, Method> inherited = new TreeMap<>();
        for (Method m : repository.getMethods()) {
            if (!declared.contains(m.getName()) && !m.isBridge()) inherited.put(m.getName() + org.objectweb.asm.Type.getMethodDescriptor(m), m);
        }
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (Method m : inherited.values()) {
            for (String caller : bodies.callers(repository.getName(), m.getName(), org.objectweb.asm.Type.getMethodDescriptor(m))) {
                String transaction = callerTransaction(caller);
                seen.add("`" + m.getName() + "()` from `" + display(caller) + "`, " + (transaction == null ? "which declares no transaction" : "in a " + transaction));
            }
        }
        calls.addAll(seen);
        return List.copyOf(calls);
    }

    private static String display(String caller) {
        String cls = caller.substring(0, caller.indexOf('#'));
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + caller.substring(caller.indexOf('#') + 1) + "()";
    }

    /** The transaction a calling method declares (on itself or its class), or null. */
    String callerTransaction(String caller) {
        String cls = caller.substring(0, caller.indexOf('#'));
        // callers are known by name: an overloaded caller takes the declaration of its first overload
        String method = caller.substring(caller.indexOf('#') + 1) + "(";
        TransactionBoundary onClass = null;
        for (TransactionBoundary t : app.transactions()) {
            if (!t.className().equals(cls)) continue;
            if (t.method() != null && t.method().startsWith(method)) return describe(t);
            if (t.method() == null) onClass = t;
        }
        return onClass == null ? null : describe(onClass);
    }

    private static String describe(TransactionBoundary t) {
        return (t.readOnly() ? "read-only" : "read-write") + " transaction"
                + (t.propagation().equals("REQUIRED") ? "" : " (" + t.propagation() + ")");
    }

    List<String> usedBy(Class<?> repository) {
        List<String> users = new ArrayList<>();
        app.injections().forEach((user, types) -> {
            if (types.contains(repository.getName())) users.add(user);
        });
        return List.copyOf(users);
    }
}
