package dev.contextpack.model;

/**
 * Something the plugin could not verify or that a reader must know: names the class, the member
 * (when there is one) and what to do.
 */
public record Finding(String code, Severity severity, String className, String member, String message) {

    public enum Severity { error, warning, info }
}
