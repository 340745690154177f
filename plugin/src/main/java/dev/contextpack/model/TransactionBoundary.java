package dev.contextpack.model;

import java.util.List;

/**
 * A {@code @Transactional} declaration of the application (Spring's or {@code jakarta.transaction}'s),
 * with its defaults written out.
 *
 * @param method the method it is on; null when on the class (it then covers every public method)
 * @param framework spring or jakarta
 * @param propagation REQUIRED unless declared
 * @param rollbackFor what rolls back: Spring and Jakarta roll back on unchecked exceptions only unless told otherwise
 */
public record TransactionBoundary(
        String className,
        String method,
        String framework,
        boolean readOnly,
        String propagation,
        String isolation,
        String timeout,
        List<String> rollbackFor,
        List<String> noRollbackFor,
        Provenance provenance) {
}
