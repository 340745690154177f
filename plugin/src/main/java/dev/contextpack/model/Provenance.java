package dev.contextpack.model;

/** Where a fact in the pack comes from; every object in the YAML names one. */
public enum Provenance {
    /** Read from Hibernate ORM's own boot metamodel, built for this application without a database. */
    verified,
    /** Read from the bytecode's annotations only; Hibernate did not confirm it. */
    annotation,
    /** Read from a settings file (application.properties/yml, persistence.xml) or a plugin parameter. */
    config,
    /** Computed by context-pack from other facts. */
    derived
}
