package dev.contextpack.model;

/**
 * Something the plugin could not verify or that a reader must know: names the class, the member
 * (when there is one) and what to do. {@code suppressed} holds the reason when the suppression
 * file accepts it: it stays in the pack, but no longer warns or fails the build.
 */
public record Finding(String code, Severity severity, String className, String member, String message, String suppressed) {

    public enum Severity { error, warning, info }

    public Finding(String code, Severity severity, String className, String member, String message) {
        this(code, severity, className, member, message, null);
    }

    /** The same finding, accepted by the team for {@code reason} (from the suppression file). */
    public Finding suppressedBecause(String reason) {
        return new Finding(code, severity, className, member, message, reason);
    }
}
