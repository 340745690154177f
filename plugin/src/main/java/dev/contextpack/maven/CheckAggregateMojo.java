package dev.contextpack.maven;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code check} for the aggregated pack: regenerates it in memory from all modules with the same
 * configuration as {@code aggregate} and fails the build with a diff when the committed pack differs.
 * Writes nothing of the pack (the merged classes go to {@code target/}). Run it after the modules are
 * compiled: {@code mvn verify context-pack:check-aggregate}.
 */
@Mojo(name = "check-aggregate", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CheckAggregateMojo extends CheckMojo {

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    private Aggregation aggregation;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!checkSkip() && !skipped()) aggregation = Aggregation.prepare(this, mojoExecution, "check-aggregate", Aggregation.CHECK_COMMAND);
        super.execute();
    }

    @Override
    boolean skipped() {
        if (skip()) {
            getLog().info("context-pack: skipped (context-pack.skip=true).");
            return true;
        }
        return false;
    }

    @Override
    GenerateRequest request() {
        return aggregation.request(this);
    }

    @Override
    ContextPackEngine engine(EngineLog log) {
        return aggregation.engine(super.engine(log), suppressionFile().toPath(), log);
    }

    @Override
    List<Path> sourceRoots() {
        return aggregation.sourceRoots();
    }

    @Override
    String regenerateCommand() {
        return Aggregation.GENERATE_COMMAND;
    }
}
