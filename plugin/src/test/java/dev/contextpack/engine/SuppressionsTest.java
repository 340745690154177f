package dev.contextpack.engine;

import dev.contextpack.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionsTest {

    private static final Finding EAGER = new Finding("CP-TRAP-EAGER-COLLECTION", Finding.Severity.warning, "com.x.Order", "lines", "eager");
    private static final Finding OTHER = new Finding("CP-TRAP-EAGER-COLLECTION", Finding.Severity.warning, "com.x.Order", "notes", "eager");

    @Test
    void anAcceptedFindingStaysButIsMarkedWithItsReason(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "- code: CP-TRAP-EAGER-COLLECTION\n  class: com.x.Order\n  member: lines\n  reason: read on every page anyway\n");
        List<Finding> applied = Suppressions.read(file).apply(List.of(EAGER, OTHER));
        assertEquals("read on every page anyway", applied.get(0).suppressed());
        assertNull(applied.get(1).suppressed(), "another member is not covered");
    }

    @Test
    void aSuppressionWithoutAReasonIsRefusedWithTheFix(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "- code: CP-TRAP-EAGER-COLLECTION\n  class: com.x.Order\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(file));
        assertTrue(e.getMessage().contains("needs a code and a reason"), e.getMessage());
    }

    @Test
    void aBaselineAcceptsEveryCurrentFindingAndKeepsEarlierEntries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "- code: CP-X\n  class: com.x.A\n  reason: decided in review\n");
        Suppressions.writeBaseline(file, List.of(EAGER, OTHER), "baseline");
        List<Finding> applied = Suppressions.read(file).apply(List.of(EAGER, OTHER));
        assertTrue(applied.stream().allMatch(f -> "baseline".equals(f.suppressed())), applied::toString);
        assertTrue(Files.readString(file).contains("decided in review"));
        assertTrue(Suppressions.read(dir.resolve("missing.yaml")).apply(List.of(EAGER)).get(0).suppressed() == null);
    }
}
