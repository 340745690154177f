package dev.contextpack.engine;

import dev.contextpack.model.ContextPack;
import dev.contextpack.write.WriteReport;

/** The pack that was built and what writing it did; {@code pack} is null when nothing was found to describe. */
public record GenerateResult(ContextPack pack, WriteReport writeReport) {

    public long errorCount() {
        return pack == null ? 0 : pack.findings().stream().filter(f -> f.severity() == dev.contextpack.model.Finding.Severity.error && f.suppressed() == null).count();
    }
}
