package dev.contextpack.scan;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What the scanning pass found in the module's compiled classes. Class names are sorted, so every
 * later step sees the same order for the same input.
 */
public record ScanResult(
        SortedSet<String> entities,
        SortedSet<String> mappedSuperclasses,
        SortedSet<String> embeddables,
        SortedSet<String> converters,
        SortedSet<String> autoApplyConverters,
        List<String> mappingFiles,
        SortedSet<String> xmlEntities,
        List<PersistenceUnit> persistenceUnits,
        SortedSet<String> namingStrategyBeans,
        Map<String, ClassFacts> classes,
        List<UnknownAnnotation> unknownHibernateAnnotations,
        List<String> defaultListeners,
        Map<String, Map<String, String>> xmlListenerMethods) {

    /** A Hibernate annotation in the bytecode that the plugin's Hibernate does not know (ignored by it). */
    public record UnknownAnnotation(String annotation, String className, String member) {
    }

    public boolean isEmpty() {
        return entities.isEmpty() && xmlEntities.isEmpty();
    }

    /** Field or getter facts of a property, looked up from the class up through its superclasses. */
    public MemberFacts member(String className, String property) {
        String current = className;
        while (current != null) {
            ClassFacts facts = classes.get(current);
            if (facts == null) return null;
            MemberFacts member = facts.member(property);
            if (member != null) return member;
            current = facts.superclass();
        }
        return null;
    }
}
