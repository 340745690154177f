package dev.contextpack.extract;

import dev.contextpack.model.LifecycleCallback;
import dev.contextpack.model.Provenance;
import dev.contextpack.scan.ClassFacts;
import dev.contextpack.scan.ClassScanner;
import dev.contextpack.scan.ScanResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle callbacks of an entity, in the order JPA calls them for one event: listener
 * classes before the entity's own methods, superclasses before subclasses
 * ({@code @ExcludeSuperclassListeners} cuts the listeners of the classes above).
 */
public final class Callbacks {

    private static final String JPA = "jakarta.persistence.";

    private Callbacks() {
    }

    public static List<LifecycleCallback> of(String className, ScanResult scan, dev.contextpack.scan.MethodBodies bodies) {
        List<ClassFacts> hierarchy = new ArrayList<>();
        for (ClassFacts c = scan.classes().get(className); c != null; c = c.superclass() == null ? null : scan.classes().get(c.superclass())) {
            hierarchy.add(c);
        }
        Collections.reverse(hierarchy);
        List<LifecycleCallback> defaults = new ArrayList<>();
        // Hibernate 7.4 takes @ExcludeDefaultListeners from the topmost class of the hierarchy only
        // (its resolver re-reads the flag on every class while walking up): the pack states what runs.
        boolean excludeDefaults = !hierarchy.isEmpty() && hierarchy.get(0).annotations().containsKey(JPA + "ExcludeDefaultListeners");
        if (!excludeDefaults) {
            for (String listener : scan.defaultListeners()) addListener(defaults, listener, scan, bodies);
        }
        List<LifecycleCallback> listeners = new ArrayList<>();
        List<LifecycleCallback> methods = new ArrayList<>();
        for (ClassFacts c : hierarchy) {
            if (c.annotations().containsKey(JPA + "ExcludeSuperclassListeners")) listeners.clear();
            String listenerClasses = c.param(JPA + "EntityListeners", "value");
            if (listenerClasses != null && !listenerClasses.isEmpty()) {
                for (String listener : listenerClasses.split(",")) addListener(listeners, listener, scan, bodies);
            }
            add(methods, c, false, bodies);
        }
        List<LifecycleCallback> all = new ArrayList<>(defaults);
        all.addAll(listeners);
        all.addAll(methods);
        // stable by event order; within an event keep the JPA call order built above
        all.sort(Comparator.comparingInt(cb -> order(cb.event())));
        return List.copyOf(all);
    }

    /** @ExcludeDefaultListeners below the top of the hierarchy, which Hibernate 7.4 does not honour. */
    public static boolean excludeDefaultListenersIgnored(String className, ScanResult scan) {
        List<ClassFacts> hierarchy = new ArrayList<>();
        for (ClassFacts c = scan.classes().get(className); c != null; c = c.superclass() == null ? null : scan.classes().get(c.superclass())) {
            hierarchy.add(c);
        }
        return !scan.defaultListeners().isEmpty() && hierarchy.size() > 1
                && hierarchy.subList(0, hierarchy.size() - 1).stream().anyMatch(c -> c.annotations().containsKey(JPA + "ExcludeDefaultListeners"))
                && !hierarchy.get(hierarchy.size() - 1).annotations().containsKey(JPA + "ExcludeDefaultListeners");
    }

    private static void addListener(List<LifecycleCallback> out, String listener, ScanResult scan, dev.contextpack.scan.MethodBodies bodies) {
        ClassFacts facts = scan.classes().get(listener);
        Map<String, String> xml = scan.xmlListenerMethods().getOrDefault(listener, Map.of());
        // methods orm.xml names for the listener (Hibernate merges them with the annotated ones)
        xml.forEach((event, method) -> out.add(new LifecycleCallback(event, listener, method + "()", true, Provenance.config,
                sets(bodies, listener, method))));
        if (facts == null && xml.isEmpty()) {
            out.add(new LifecycleCallback(null, listener, null, true, Provenance.annotation, List.of()));
        } else if (facts != null) {
            add(out, facts, true, bodies);
        }
    }

    private static List<String> sets(dev.contextpack.scan.MethodBodies bodies, String className, String method) {
        return bodies == null ? List.of() : List.copyOf(bodies.assignments(className, method));
    }

    private static void add(List<LifecycleCallback> out, ClassFacts c, boolean listener, dev.contextpack.scan.MethodBodies bodies) {
        for (Map.Entry<String, List<String>> method : c.callbacks().entrySet()) {
            for (String event : method.getValue()) {
                out.add(new LifecycleCallback(event, c.name(), method.getKey() + "()", listener, Provenance.annotation,
                        sets(bodies, c.name(), method.getKey())));
            }
        }
    }

    private static int order(String event) {
        if (event == null) return -1;
        int i = ClassScanner.CALLBACKS.indexOf(event);
        return i < 0 ? -1 : i;
    }
}
