package dev.contextpack.engine;

import dev.contextpack.model.ContextPack;
import dev.contextpack.write.Drift;
import dev.contextpack.write.WriteReport;

/**
 * The pack that was built and what writing it did; {@code pack} is null when nothing was found to describe.
 * {@code drift} is how the directory differed from the new pack before it was written (null when nothing was compared).
 */
public record GenerateResult(ContextPack pack, WriteReport writeReport, Drift drift) {

    public GenerateResult(ContextPack pack, WriteReport writeReport) {
        this(pack, writeReport, null);
    }

    public long errorCount() {
        return pack == null ? 0 : pack.findings().stream().filter(f -> f.severity() == dev.contextpack.model.Finding.Severity.error && f.suppressed() == null).count();
    }
}
