package dev.contextpack.model;

import java.util.List;

/**
 * An entity with everything an agent needs to change it safely. Attributes include those
 * inherited from mapped superclasses and parent entities, each naming where it is declared.
 *
 * @param module the module of an aggregated pack that holds the class; null in a single-module pack
 * @param unverified null when Hibernate booted the entity; otherwise why it could not, and every fact
 *     is read from the bytecode's annotations (provenance {@code annotation})
 */
public record Entity(
        String name,
        String className,
        Provenance provenance,
        String declaredBy,
        boolean isAbstract,
        TableRef table,
        List<SecondaryTable> secondaryTables,
        Inheritance inheritance,
        List<String> mappedSuperclasses,
        Identifier identifier,
        String versionAttribute,
        List<Attribute> attributes,
        List<ForeignKey> foreignKeys,
        List<List<String>> uniqueKeys,
        List<LifecycleCallback> callbacks,
        List<AutomaticValue> automaticValues,
        List<Constraint> constraints,
        List<Behaviour> behaviours,
        String aggregateRoot,
        DeleteImpact deleteImpact,
        List<Rule> rules,
        SourceModule module,
        Unverified unverified) {

    /** A verified entity of a single-module pack: no module of its own, no reason to state. */
    public Entity(String name, String className, Provenance provenance, String declaredBy, boolean isAbstract, TableRef table,
                  List<SecondaryTable> secondaryTables, Inheritance inheritance, List<String> mappedSuperclasses, Identifier identifier,
                  String versionAttribute, List<Attribute> attributes, List<ForeignKey> foreignKeys, List<List<String>> uniqueKeys,
                  List<LifecycleCallback> callbacks, List<AutomaticValue> automaticValues, List<Constraint> constraints,
                  List<Behaviour> behaviours, String aggregateRoot, DeleteImpact deleteImpact, List<Rule> rules) {
        this(name, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance, mappedSuperclasses, identifier,
                versionAttribute, attributes, foreignKeys, uniqueKeys, callbacks, automaticValues, constraints, behaviours, aggregateRoot,
                deleteImpact, rules, null, null);
    }

    public Entity withAttributes(List<Attribute> newAttributes) {
        return new Entity(name, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance,
                mappedSuperclasses, identifier, versionAttribute, newAttributes, foreignKeys, uniqueKeys, callbacks, automaticValues,
                constraints, behaviours, aggregateRoot, deleteImpact, rules, module, unverified);
    }

    public Entity withIdentifier(Identifier newIdentifier) {
        return new Entity(name, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance,
                mappedSuperclasses, newIdentifier, versionAttribute, attributes, foreignKeys, uniqueKeys, callbacks, automaticValues,
                constraints, behaviours, aggregateRoot, deleteImpact, rules, module, unverified);
    }

    public Entity withRules(List<Rule> newRules) {
        return new Entity(name, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance,
                mappedSuperclasses, identifier, versionAttribute, attributes, foreignKeys, uniqueKeys, callbacks, automaticValues,
                constraints, behaviours, aggregateRoot, deleteImpact, newRules, module, unverified);
    }

    public Entity withName(String newName) {
        return new Entity(newName, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance,
                mappedSuperclasses, identifier, versionAttribute, attributes, foreignKeys, uniqueKeys, callbacks, automaticValues,
                constraints, behaviours, aggregateRoot, deleteImpact, rules, module, unverified);
    }

    /** The facts derived from the whole model: which aggregate it belongs to and what deleting it does. */
    public Entity withDerived(String newAggregateRoot, DeleteImpact newDeleteImpact) {
        return new Entity(name, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance,
                mappedSuperclasses, identifier, versionAttribute, attributes, foreignKeys, uniqueKeys, callbacks, automaticValues,
                constraints, behaviours, newAggregateRoot, newDeleteImpact, rules, module, unverified);
    }

    /** The module of an aggregated pack that holds the class. */
    public Entity withModule(SourceModule newModule) {
        return new Entity(name, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance,
                mappedSuperclasses, identifier, versionAttribute, attributes, foreignKeys, uniqueKeys, callbacks, automaticValues,
                constraints, behaviours, aggregateRoot, deleteImpact, rules, newModule, unverified);
    }

    /** Why Hibernate could not boot the entity; its facts are read from the bytecode. */
    public Entity withUnverified(Unverified newUnverified) {
        return new Entity(name, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance,
                mappedSuperclasses, identifier, versionAttribute, attributes, foreignKeys, uniqueKeys, callbacks, automaticValues,
                constraints, behaviours, aggregateRoot, deleteImpact, rules, module, newUnverified);
    }

    public Entity withBehaviours(List<Behaviour> newBehaviours) {
        return new Entity(name, className, provenance, declaredBy, isAbstract, table, secondaryTables, inheritance,
                mappedSuperclasses, identifier, versionAttribute, attributes, foreignKeys, uniqueKeys, callbacks, automaticValues,
                constraints, newBehaviours, aggregateRoot, deleteImpact, rules, module, unverified);
    }
}
