package dev.contextpack.maven;

import dev.contextpack.engine.CheckResult;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.engine.Suppressions;
import dev.contextpack.scan.ScanException;
import dev.contextpack.write.Drift;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Path;
import java.util.List;

/**
 * Fails the build when the committed context pack is not the one the current code generates:
 * regenerates it in memory with the same configuration as {@code generate} and compares it with
 * the files on disk, printing a diff and the command that updates the pack. Never writes.
 * It ignores {@code failOnError}, {@code failOnSeverity} and {@code writeBaseline}: it fails on drift only.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CheckMojo extends GenerateMojo {

    /** Project context key: how the pack differed before {@code generate} rewrote it in this build. */
    static final String REWRITTEN_IN_THIS_BUILD = "dev.contextpack.rewrittenInThisBuild";

    /** Skips this goal only ({@code context-pack.skip} skips every goal). */
    @Parameter(property = "context-pack.check.skip", defaultValue = "false")
    private boolean checkSkip;

    /** At most this many lines of diff are printed when the pack is stale; the rest are counted. */
    @Parameter(property = "context-pack.check.maxDiffLines", defaultValue = "200")
    private int maxDiffLines;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (checkSkip) {
            getLog().info("context-pack: check skipped (context-pack.check.skip=true).");
            return;
        }
        if (skipped()) return;
        String prefix = packPrefix();
        String pack = prefix.substring(0, prefix.length() - 1);
        if (project().getContextValue(REWRITTEN_IN_THIS_BUILD) instanceof Drift rewritten) {
            // the files on disk are current now, but not the ones this build started from (the committed ones)
            rewritten.describe("", maxDiffLines).forEach(getLog()::error);
            throw new MojoFailureException("context-pack: " + pack + " was stale: context-pack:generate rewrote " + rewritten.fileCount()
                    + " file(s) earlier in this build (see the diff above). The files on disk are current now: review and commit them"
                    + " (" + gitAdd(rewritten, pack) + ").");
        }
        CheckResult result;
        try {
            GenerateRequest request = request();
            ContextPackEngine engine = engine(adapt(getLog()));
            CheckResult inMemory = engine.check(request, Suppressions.read(suppressionFile().toPath()));
            result = new CheckResult(inMemory.pack(),
                    inMemory.drift().prefixed(prefix).plus(engine.compareAgentFiles(inMemory.pack(), request, agentFiles()))
                            .plus(engine.compareToolFiles(inMemory.pack(), request, toolFiles())));
        } catch (ScanException | IllegalArgumentException e) {
            throw new MojoFailureException("context-pack: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("context-pack check failed unexpectedly: " + e, e);
        }
        Drift drift = result.drift();
        if (drift.isEmpty()) {
            getLog().info("context-pack: " + pack + " is up to date.");
            return;
        }
        String fix = fixCommand();
        List<String> lines = drift.describe("", maxDiffLines);
        lines.forEach(getLog()::error);
        throw new MojoFailureException("context-pack: " + pack + " is stale: " + drift.fileCount()
                + " file(s) differ from what the current code generates (see the diff above). Regenerate and commit it: "
                + fix + ", then " + gitAdd(drift, pack));
    }

    boolean checkSkip() {
        return checkSkip;
    }

    /** {@code git add} with the pack's directory and the files outside it that differ (AGENTS.md). */
    private static String gitAdd(Drift drift, String pack) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        java.util.stream.Stream.of(drift.changed().stream().map(Drift.Change::path), drift.missing().stream(), drift.extra().stream())
                .flatMap(s -> s).filter(p -> !p.startsWith(pack + "/")).forEach(paths::add);
        return "git add " + pack + (paths.isEmpty() ? "" : " " + String.join(" ", paths));
    }

    /** The command that rewrites this module's pack, run from the build's top directory. */
    String fixCommand() {
        Path root = root();
        Path base = project().getBasedir().toPath().toAbsolutePath().normalize();
        if (root == null || base.equals(root)) return "`" + regenerateCommand() + "`";
        return "`" + regenerateCommand() + " -pl " + slashes(root.relativize(base)) + " -am`";
    }
}
