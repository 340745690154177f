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

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Generates one context pack for a whole multi-module build: the compiled classes of every module
 * (entities in one, repositories in another, the services that call them in a third) are read as one
 * application, so repositories are linked to their entities and repository methods to their callers
 * and transactions across modules. Each entity and repository names the module that holds it. Runs
 * once, at the build's top project, after the modules are compiled:
 * {@code mvn process-classes context-pack:aggregate}. Takes every parameter of {@code generate}.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class AggregateMojo extends GenerateMojo {

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    private Aggregation aggregation;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) return;
        aggregation = Aggregation.prepare(this, mojoExecution, "aggregate", Aggregation.GENERATE_COMMAND);
        super.execute();
    }

    /** The top project is usually a pom: that is where the aggregate runs, so only the skip switch applies. */
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
    Map<String, String> fingerprintParameters() {
        return aggregation.fingerprintParameters();
    }

    @Override
    File fingerprintFile() {
        return new File(project().getBuild().getDirectory(), "context-pack-aggregate.fingerprint");
    }

    @Override
    String regenerateCommand() {
        return Aggregation.GENERATE_COMMAND;
    }
}
