package dev.contextpack.report;

/** Anchors inside the report page: one per entity and repository, made of characters an HTML id and a URL fragment keep. */
final class Anchors {

    private Anchors() {
    }

    static String entity(String name) {
        return "entity-" + safe(name);
    }

    static String repository(String name) {
        return "repository-" + safe(name);
    }

    /** A link to an entity's section, in the report's light markup. */
    static String entityLink(String name) {
        return "[" + name + "](#" + entity(name) + ")";
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
