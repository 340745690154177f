package dev.contextpack.lifecycle;

/** Bean Validation group: checks that only run when tickets are imported from another tracker. */
public interface ImportChecks {
}
