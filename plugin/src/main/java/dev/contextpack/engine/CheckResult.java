package dev.contextpack.engine;

import dev.contextpack.model.ContextPack;
import dev.contextpack.write.Drift;

/** The pack regenerated in memory and how the committed files differ from it; {@code pack} is null when nothing was found. */
public record CheckResult(ContextPack pack, Drift drift) {
}
