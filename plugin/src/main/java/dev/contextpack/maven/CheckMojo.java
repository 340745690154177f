package dev.contextpack.maven;

import dev.contextpack.engine.CheckResult;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.Suppressions;
import dev.contextpack.scan.ScanException;
import dev.contextpack.write.Drift;
import org.apache.maven.execution.MavenSession;
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

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

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
        String pack = relative(outputDirectory().toPath());
        String prefix = pack.endsWith("/") ? pack : pack + "/";
        if (project().getContextValue(REWRITTEN_IN_THIS_BUILD) instanceof Drift rewritten) {
            // the files on disk are current now, but not the ones this build started from (the committed ones)
            rewritten.describe(prefix, maxDiffLines).forEach(getLog()::error);
            throw new MojoFailureException("context-pack: " + pack + " was stale: context-pack:generate rewrote " + rewritten.fileCount()
                    + " file(s) earlier in this build (see the diff above). The files on disk are current now: review and commit them"
                    + " (git add " + pack + ").");
        }
        CheckResult result;
        try {
            result = new ContextPackEngine(adapt(getLog())).check(request(), Suppressions.read(suppressionFile().toPath()));
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
        List<String> lines = drift.describe(prefix, maxDiffLines);
        lines.forEach(getLog()::error);
        throw new MojoFailureException("context-pack: " + pack + " is stale: " + drift.fileCount()
                + " file(s) differ from what the current code generates (see the diff above). Regenerate and commit it: "
                + fix + ", then git add " + pack);
    }

    /** The command that rewrites this module's pack, run from the build's top directory. */
    private String fixCommand() {
        Path root = root();
        Path base = project().getBasedir().toPath().toAbsolutePath().normalize();
        if (root == null || base.equals(root)) return "`" + REGENERATE_COMMAND + "`";
        return "`" + REGENERATE_COMMAND + " -pl " + slashes(root.relativize(base)) + " -am`";
    }

    /** A path as the user sees it from the build's top directory, never this machine's absolute path when avoidable. */
    private String relative(Path path) {
        Path root = root();
        Path absolute = path.toAbsolutePath().normalize();
        return root != null && absolute.startsWith(root) ? slashes(root.relativize(absolute)) : absolute.toString();
    }

    private Path root() {
        String dir = session == null ? null : session.getExecutionRootDirectory();
        return dir == null ? null : Path.of(dir).toAbsolutePath().normalize();
    }

    private static String slashes(Path path) {
        String s = path.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
