package dev.contextpack.maven;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.Fingerprint;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.engine.GenerateResult;
import dev.contextpack.engine.Suppressions;
import dev.contextpack.model.Finding;
import dev.contextpack.resolve.Overrides;
import dev.contextpack.resolve.SettingsFileException;
import dev.contextpack.scan.ScanException;
import dev.contextpack.write.Drift;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates the module's context pack: reads the compiled JPA entities, builds Hibernate ORM's
 * model for them without a database, and writes YAML and Markdown files meant to be committed.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class GenerateMojo extends AbstractMojo {

    /** The command in every file's header, and the one {@code check} tells the user to run. */
    static final String REGENERATE_COMMAND = "mvn process-classes";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skips the goal. */
    @Parameter(property = "context-pack.skip", defaultValue = "false")
    private boolean skip;

    /** Where the pack is written; commit this directory. */
    @Parameter(property = "context-pack.outputDirectory", defaultValue = "${project.basedir}/context-pack")
    private File outputDirectory;

    /** The compiled classes to scan. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDirectory;

    /**
     * A directory of FreeMarker templates that replace the bundled ones file by file
     * ({@code index.md.ftl}, {@code entity.md.ftl}, {@code repository.md.ftl}, {@code conventions.md.ftl}); templates not
     * found there come from the plugin.
     */
    @Parameter(property = "context-pack.templateDirectory")
    private File templateDirectory;

    /** Only scan these packages (and their subpackages). Default: every package of the module. */
    @Parameter
    private List<String> packages;

    /**
     * The Hibernate dialect class to describe the schema with. Default: the application's own setting
     * ({@code spring.jpa.database-platform}, {@code hibernate.dialect}), else the JDBC URL's database, else the
     * JDBC driver on the class path.
     */
    @Parameter(property = "context-pack.dialect")
    private String dialect;

    /**
     * The database version (for example {@code 16} or {@code 8.4}). Without a database Hibernate assumes the
     * dialect's minimum version, which can change column types and id generation.
     */
    @Parameter(property = "context-pack.databaseVersion")
    private String databaseVersion;

    /** A PhysicalNamingStrategy class that replaces the one found in the application's settings. */
    @Parameter(property = "context-pack.physicalNamingStrategy")
    private String physicalNamingStrategy;

    /** An ImplicitNamingStrategy class that replaces the one found in the application's settings. */
    @Parameter(property = "context-pack.implicitNamingStrategy")
    private String implicitNamingStrategy;

    /** Extra Hibernate settings for the model (connection settings are ignored: the plugin never connects). */
    @Parameter
    private Map<String, String> hibernateProperties;

    /** Fails the build when Hibernate rejects a mapping; by default the problem is logged and recorded in the pack. */
    @Parameter(property = "context-pack.failOnError", defaultValue = "false")
    private boolean failOnError;

    /**
     * Fails the build when the pack has a finding of this severity or worse: {@code error},
     * {@code warning} or {@code info}. Default {@code none}: findings are logged and written to the pack only.
     */
    @Parameter(property = "context-pack.failOnSeverity", defaultValue = "none")
    private String failOnSeverity;

    /**
     * Findings the team accepts: a YAML list of {@code code}, {@code class}, {@code member} and
     * {@code reason}. They stay in the pack, marked suppressed, but neither warn nor fail the build.
     */
    @Parameter(property = "context-pack.suppressionFile", defaultValue = "${project.basedir}/context-pack-suppressions.yaml")
    private File suppressionFile;

    /** Adds every current finding to the suppression file (a baseline for legacy code), then continues. */
    @Parameter(property = "context-pack.writeBaseline", defaultValue = "false")
    private boolean writeBaseline;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Keeps a short summary of the data model, with links into the pack, in {@code AGENTS.md} at the
     * build's top directory (the directory Maven was started in), between
     * {@code <!-- context-pack:begin module=ARTIFACT -->} and {@code <!-- context-pack:end module=ARTIFACT -->}.
     * Text outside the markers is never changed; a missing file is created.
     */
    @Parameter(property = "context-pack.agentsMd", defaultValue = "true")
    private boolean agentsMd;

    /** Keeps the same managed section in {@code CLAUDE.md} at the build's top directory. */
    @Parameter(property = "context-pack.claudeMd", defaultValue = "false")
    private boolean claudeMd;

    /**
     * Skips all work when nothing the pack depends on changed since the last successful run: the
     * compiled classes and resources, the class path, the parameters, the templates, the suppression
     * file, the plugin itself and the files the last run wrote (the pack, this module's section of
     * AGENTS.md). The fingerprint is kept in {@code target/context-pack.fingerprint}. {@code check} never skips.
     */
    @Parameter(property = "context-pack.incremental", defaultValue = "true")
    private boolean incremental;

    /**
     * Pages above this many tokens ({@code o200k_base}) are split so that an agent loads only what it
     * needs: the index lists packages, each package gets a page under {@code packages/}. Files still above
     * it (an entity page, the YAML) are named in a warning. 0: never split. Token counts of every file
     * are in the build log and the manifest in any case.
     */
    @Parameter(property = "context-pack.maxTokensPerFile", defaultValue = "0")
    private int maxTokensPerFile;

    /**
     * Pages for tight context budgets: every fact stays (every table row and list item), the
     * explanatory prose and the Mermaid diagrams that repeat a table are left out.
     */
    @Parameter(property = "context-pack.compact", defaultValue = "false")
    private boolean compact;

    /**
     * Also writes {@code llms.txt} in the pack's directory: an index of the pack in the llms.txt format
     * (a title, a one-line summary, then lists of links with what each page answers).
     */
    @Parameter(property = "context-pack.llmsTxt", defaultValue = "false")
    private boolean llmsTxt;

    /**
     * Also writes {@code .github/instructions/ARTIFACT-data-layer.instructions.md} at the build's top
     * directory: GitHub Copilot's path-scoped instructions, {@code applyTo} the module's entity packages,
     * with the same summary as AGENTS.md.
     */
    @Parameter(property = "context-pack.copilotInstructions", defaultValue = "false")
    private boolean copilotInstructions;

    /**
     * Also writes {@code .cursor/rules/ARTIFACT-data-layer.mdc} at the build's top directory: a Cursor rule
     * with {@code globs} on the module's entity packages, with the same summary as AGENTS.md.
     */
    @Parameter(property = "context-pack.cursorRules", defaultValue = "false")
    private boolean cursorRules;

    @Parameter(defaultValue = "${project.build.directory}/context-pack.fingerprint", readonly = true, required = true)
    private File fingerprintFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) return;
        GenerateRequest request = request();
        boolean useFingerprint = incremental && !writeBaseline;
        if (useFingerprint && fingerprint(request).equals(Fingerprint.read(fingerprintFile().toPath()))) {
            getLog().info("context-pack: nothing changed since the last run (classes, class path, parameters, templates, plugin, pack);"
                    + " skipped. -Dcontext-pack.incremental=false forces a run.");
            return;
        }
        GenerateResult result;
        try {
            result = engine(adapt(getLog())).generate(request, Suppressions.read(suppressionFile.toPath()));
            if (writeBaseline && result.pack() != null) {
                Suppressions.writeBaseline(suppressionFile.toPath(), result.pack().findings(),
                        "baseline: accepted when the baseline was written; fix the mapping and remove this entry");
                getLog().info("context-pack: wrote the current findings to " + suppressionFile + " as accepted.");
                result = engine(EngineLog.SILENT).generate(request, Suppressions.read(suppressionFile.toPath()));
            }
            Drift agents = engine(adapt(getLog())).updateAgentFiles(result.pack(), request, agentFiles());
            // a check later in this build compares with the files as they were before this goal rewrote them
            agents = agents.plus(engine(adapt(getLog())).updateToolFiles(result.pack(), request, toolFiles()));
            Drift before = result.drift() == null ? agents : result.drift().prefixed(packPrefix()).plus(agents);
            if (!before.isEmpty()) project.setContextValue(CheckMojo.REWRITTEN_IN_THIS_BUILD, before);
        } catch (ScanException | IllegalArgumentException | SettingsFileException e) {
            throw new MojoFailureException("context-pack: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            // the writer's message names the file, the cause and the fix; the pack on disk is consistent
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("context-pack failed unexpectedly: " + e, e);
        }
        Finding.Severity threshold = threshold(failOnSeverity);
        if (threshold != null && result.pack() != null) {
            List<Finding> failing = result.pack().findings().stream()
                    .filter(f -> f.suppressed() == null && f.severity().ordinal() <= threshold.ordinal()).toList();
            if (!failing.isEmpty()) {
                throw new MojoFailureException("context-pack: " + failing.size() + " finding(s) of severity " + threshold + " or worse, e.g. ["
                        + failing.get(0).code() + "] " + (failing.get(0).className() == null ? "" : failing.get(0).className() + ": ")
                        + failing.get(0).message() + " See the Findings of " + outputDirectory + "; fix them or raise <failOnSeverity>.");
            }
        }
        if (failOnError && result.errorCount() > 0) {
            throw new MojoFailureException("context-pack: Hibernate rejected " + result.errorCount()
                    + " mapping(s); see the warnings above and the Findings of " + outputDirectory + ". Fix them, or set failOnError to false.");
        }
        // a run that left a file for the user to sort out is not recorded: the next build says so again
        boolean kept = result.writeReport() != null && !result.writeReport().kept().isEmpty();
        if (useFingerprint && !kept) {
            try {
                Files.createDirectories(fingerprintFile().toPath().getParent());
                Files.writeString(fingerprintFile().toPath(), fingerprint(request), StandardCharsets.UTF_8);
            } catch (IOException e) {
                getLog().warn("context-pack: cannot write " + fingerprintFile() + " (" + e.getMessage() + "); the next build runs in full.");
            }
        } else {
            try {
                Files.deleteIfExists(fingerprintFile().toPath());
            } catch (IOException e) {
                getLog().debug("context-pack: cannot delete " + fingerprintFile() + ": " + e.getMessage());
            }
        }
    }

    /** What this run depends on, as {@link Fingerprint} lines; this module's section of each agent file, not the whole file. */
    private String fingerprint(GenerateRequest request) {
        Map<String, String> parameters = new java.util.TreeMap<>();
        parameters.put("failOnError", String.valueOf(failOnError));
        parameters.put("failOnSeverity", String.valueOf(failOnSeverity));
        parameters.put("agentsMd", String.valueOf(agentsMd));
        parameters.put("claudeMd", String.valueOf(claudeMd));
        parameters.put("maxTokensPerFile", String.valueOf(maxTokensPerFile));
        parameters.put("compact", String.valueOf(compact));
        parameters.put("llmsTxt", String.valueOf(llmsTxt));
        parameters.put("copilotInstructions", String.valueOf(copilotInstructions));
        parameters.put("cursorRules", String.valueOf(cursorRules));
        parameters.putAll(fingerprintParameters());
        for (ContextPackEngine.AgentFile file : agentFiles()) {
            String section;
            try {
                String text = Files.isRegularFile(file.path()) ? Files.readString(file.path(), StandardCharsets.UTF_8) : null;
                String body = dev.contextpack.write.ManagedSection.body(file.name(), text, request.module());
                section = body == null ? "absent" : Fingerprint.hash(body) + " " + file.packLink();
            } catch (IOException | IllegalArgumentException e) {
                section = "unreadable";
            }
            parameters.put("section " + file.path(), section);
        }
        List<Path> outputs = new ArrayList<>(List.of(outputDirectory.toPath()));
        toolFiles().forEach(f -> outputs.add(f.path()));
        return Fingerprint.of(request, parameters, outputs, List.of(suppressionFile.toPath()));
    }

    /** The global skip switch and pom modules; logs why. */
    boolean skipped() {
        if (skip) {
            getLog().info("context-pack: skipped (context-pack.skip=true).");
            return true;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("context-pack: skipped, a pom module has no classes.");
            return true;
        }
        return false;
    }

    /** What the engine needs, from this goal's parameters: the same for generate and check. */
    GenerateRequest request() throws MojoExecutionException {
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) classpath.add(Path.of(element));
        } catch (Exception e) {
            throw new MojoExecutionException("Cannot resolve the runtime class path of " + project.getArtifactId() + ": " + e.getMessage(), e);
        }
        return new GenerateRequest(classesDirectory.toPath(), classpath, outputDirectory.toPath(), templates(), packages(), overrides(),
                project.getArtifactId(), regenerateCommand());
    }

    /** AGENTS.md and CLAUDE.md at the build's top directory, as the parameters ask. */
    List<ContextPackEngine.AgentFile> agentFiles() {
        List<ContextPackEngine.AgentFile> files = new ArrayList<>();
        Path root = root();
        if (root == null) return files;
        String link = slashes(root.relativize(outputDirectory.toPath().toAbsolutePath().normalize())) + "/";
        if (agentsMd) files.add(new ContextPackEngine.AgentFile(root.resolve("AGENTS.md"), "AGENTS.md", link));
        if (claudeMd) files.add(new ContextPackEngine.AgentFile(root.resolve("CLAUDE.md"), "CLAUDE.md", link));
        return files;
    }

    /** Copilot instructions and Cursor rules at the build's top directory, as the parameters ask. */
    List<ContextPackEngine.ToolFile> toolFiles() {
        List<ContextPackEngine.ToolFile> files = new ArrayList<>();
        Path root = root();
        if (root == null) return files;
        List<Path> sources = sourceRoots();
        Path pack = outputDirectory.toPath().toAbsolutePath().normalize();
        if (copilotInstructions) {
            Path file = root.resolve(".github/instructions/" + project.getArtifactId() + "-data-layer.instructions.md");
            files.add(new ContextPackEngine.ToolFile("copilot", file, slashes(root.relativize(file)), root, sources,
                    slashes(file.getParent().relativize(pack)) + "/"));
        }
        if (cursorRules) {
            Path file = root.resolve(".cursor/rules/" + project.getArtifactId() + "-data-layer.mdc");
            files.add(new ContextPackEngine.ToolFile("cursor", file, slashes(root.relativize(file)), root, sources,
                    slashes(file.getParent().relativize(pack)) + "/"));
        }
        return files;
    }

    /** The Java source directories the editor files' globs point into: the module's. */
    List<Path> sourceRoots() {
        return project.getCompileSourceRoots().stream().map(s -> Path.of(s).toAbsolutePath().normalize()).toList();
    }

    /** The engine every goal runs; the aggregate adds its module attribution. */
    ContextPackEngine engine(EngineLog log) {
        return new ContextPackEngine(log, renderOptions());
    }

    /** Fingerprint lines beyond the parameters and inputs of a single module. */
    Map<String, String> fingerprintParameters() {
        return Map.of();
    }

    File fingerprintFile() {
        return fingerprintFile;
    }

    /** The command that rewrites the pack, written into every file's header. */
    String regenerateCommand() {
        return REGENERATE_COMMAND;
    }

    boolean skip() {
        return skip;
    }

    MavenSession session() {
        return session;
    }

    List<String> packages() {
        return packages == null ? List.of() : packages;
    }

    Path templates() {
        return templateDirectory == null ? null : templateDirectory.toPath();
    }

    /** The plugin parameters that override the application's settings. */
    Overrides overrides() {
        return new Overrides(dialect, databaseVersion, physicalNamingStrategy, implicitNamingStrategy,
                hibernateProperties == null ? Map.of() : withoutEmptyValues(hibernateProperties));
    }

    /** The build's top directory: where Maven was started (the execution root). */
    Path root() {
        String dir = session == null ? null : session.getExecutionRootDirectory();
        return dir == null ? null : Path.of(dir).toAbsolutePath().normalize();
    }

    /** The output directory as seen from the build's top directory, with a final slash. */
    String packPrefix() {
        Path root = root();
        Path absolute = outputDirectory.toPath().toAbsolutePath().normalize();
        String path = root != null && absolute.startsWith(root) ? slashes(root.relativize(absolute)) : absolute.toString();
        return path.endsWith("/") ? path : path + "/";
    }

    static String slashes(Path path) {
        String s = path.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    MavenProject project() {
        return project;
    }

    File outputDirectory() {
        return outputDirectory;
    }

    /** How the pages are rendered: the same for generate and check. */
    dev.contextpack.render.RenderOptions renderOptions() {
        return new dev.contextpack.render.RenderOptions(maxTokensPerFile, compact, llmsTxt);
    }

    File suppressionFile() {
        return suppressionFile;
    }

    private static Finding.Severity threshold(String value) throws MojoFailureException {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("none")) return null;
        try {
            return Finding.Severity.valueOf(value.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("context-pack: <failOnSeverity>" + value + "</failOnSeverity> is not one of none, info, warning, error.");
        }
    }

    /** Maven passes an empty {@code <key></key>} as null: such an entry sets nothing. */
    static Map<String, String> withoutEmptyValues(Map<String, String> properties) {
        Map<String, String> values = new java.util.TreeMap<>();
        properties.forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) values.put(k.trim(), v.trim());
        });
        return values;
    }

    static EngineLog adapt(Log log) {
        return new EngineLog() {
            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }

            @Override
            public void debug(String message) {
                log.debug(message);
            }
        };
    }
}
