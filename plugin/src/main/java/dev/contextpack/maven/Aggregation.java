package dev.contextpack.maven;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.Fingerprint;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.engine.MergedClasses;
import dev.contextpack.engine.ModuleAttribution;
import dev.contextpack.engine.ReactorModule;
import dev.contextpack.engine.Suppressions;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code aggregate} and {@code check-aggregate} share: the build's modules read once, their
 * classes merged into {@code target/context-pack-aggregate/classes} of the top project, one request for
 * the engine, and the module attribution applied to the model.
 */
final class Aggregation {

    /** Compiles the modules, then runs the aggregate: Maven runs a goal named after a phase once all modules reached that phase. */
    static final String GENERATE_COMMAND = "mvn process-classes context-pack:aggregate";
    static final String CHECK_COMMAND = "mvn process-classes context-pack:check-aggregate";

    private final Reactor reactor;
    private final MergedClasses merged;
    private final Path root;

    private Aggregation(Reactor reactor, MergedClasses merged, Path root) {
        this.reactor = reactor;
        this.merged = merged;
        this.root = root;
    }

    /**
     * Reads the build's modules and merges their classes.
     *
     * @param goal {@code aggregate} or {@code check-aggregate}, for the messages
     * @throws MojoFailureException when the goal runs before the modules are built in this build, or a module is not compiled
     */
    static Aggregation prepare(GenerateMojo mojo, MojoExecution execution, String goal, String command) throws MojoFailureException {
        MavenProject top = mojo.project();
        List<MavenProject> projects = mojo.session().getProjects();
        Path root = mojo.root() == null ? top.getBasedir().toPath().toAbsolutePath().normalize() : mojo.root();
        Log log = mojo.getLog();
        int position = projects.indexOf(top);
        if (execution != null && execution.getSource() == MojoExecution.Source.LIFECYCLE && position >= 0 && position < projects.size() - 1) {
            // an aggregator bound in the parent runs in the parent's lifecycle, before Maven builds its modules
            List<String> later = projects.subList(position + 1, projects.size()).stream().map(MavenProject::getArtifactId).toList();
            throw new MojoFailureException("context-pack:" + goal + " is bound to a phase of " + top.getArtifactId()
                    + ", which Maven builds before " + String.join(", ", later) + ", so it would read classes of an earlier build."
                    + " Remove its <execution> and run it after the modules, from the build's top directory: `" + command + "`.");
        }
        Reactor reactor = Reactor.read(projects, root, command);
        if (execution != null && execution.getSource() == MojoExecution.Source.CLI && !compilesFirst(mojo.session().getGoals())) {
            log.warn("context-pack: no phase that compiles the modules ran before " + goal + " in this build, so it reads their classes as"
                    + " an earlier build left them. To read the current code, run `" + command + "`.");
        }
        String key = execution == null ? "dev.contextpack:context-pack-maven-plugin"
                : execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        for (MavenProject generating : Reactor.generating(projects, key)) {
            log.warn("context-pack: module " + generating.getArtifactId() + " also runs context-pack:generate; its own pack ("
                    + Reactor.relative(root, generating.getBasedir().toPath()) + "/context-pack) and its AGENTS.md section repeat"
                    + " facts of the aggregated pack. Keep one of the two: remove the module's generate execution, or this goal.");
        }
        Path directory = Path.of(top.getBuild().getDirectory(), "context-pack-aggregate", "classes").toAbsolutePath().normalize();
        MergedClasses merged = MergedClasses.build(reactor.modules(), directory);
        return new Aggregation(reactor, merged, root);
    }

    /** The default lifecycle's phases from compile on: a build that names one compiles every module first. */
    private static final java.util.Set<String> COMPILING_PHASES = java.util.Set.of("compile", "process-classes", "generate-test-sources",
            "process-test-sources", "generate-test-resources", "process-test-resources", "test-compile", "process-test-classes", "test",
            "prepare-package", "package", "pre-integration-test", "integration-test", "post-integration-test", "verify", "install", "deploy");

    /** Whether the command line names a phase that compiles the modules before the aggregate runs. */
    static boolean compilesFirst(List<String> goals) {
        return goals != null && goals.stream().anyMatch(COMPILING_PHASES::contains);
    }

    /** One request over all modules: the merged classes, then every module's dependencies. */
    GenerateRequest request(GenerateMojo mojo) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(merged.directory());
        classpath.addAll(reactor.classpath());
        return new GenerateRequest(merged.directory(), classpath, mojo.outputDirectory().toPath(), mojo.templates(), mojo.packages(),
                mojo.overrides(), mojo.project().getArtifactId(), mojo.regenerateCommand());
    }

    /** The engine, with each entity and repository given its module and the files several modules hold turned into findings. */
    ContextPackEngine engine(ContextPackEngine engine, Path suppressionFile, EngineLog log) {
        return engine.refining(new ModuleAttribution(merged, root, Suppressions.read(suppressionFile), log));
    }

    /** Every module's source roots: the editor files' globs point into them. */
    List<Path> sourceRoots() {
        return reactor.modules().stream().flatMap(m -> m.sourceRoots().stream()).toList();
    }

    /**
     * The fingerprint covers the merged classes by content already; this adds which module each file came
     * from (a class moved to another module changes the pack) and the modules' source roots.
     */
    Map<String, String> fingerprintParameters() {
        Map<String, String> parameters = new TreeMap<>();
        StringBuilder origins = new StringBuilder();
        merged.originsByPath().forEach((path, module) -> origins.append(path).append(' ').append(module).append('\n'));
        parameters.put("aggregate origins", Fingerprint.hash(origins.toString()));
        for (ReactorModule module : reactor.modules()) {
            parameters.put("aggregate module " + module.artifactId(), module.directory() + " " + module.sourceRoots());
        }
        return parameters;
    }
}
