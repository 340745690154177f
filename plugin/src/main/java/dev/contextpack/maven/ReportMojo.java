package dev.contextpack.maven;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.engine.Suppressions;
import dev.contextpack.model.ContextPack;
import dev.contextpack.render.RenderOptions;
import dev.contextpack.report.DataModelPage;
import dev.contextpack.report.MermaidScript;
import dev.contextpack.resolve.Overrides;
import dev.contextpack.scan.ScanException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Maven site report of the data model, for people: the entities and their tables, the ER diagram
 * (Mermaid, bundled into the site so it renders without network), the aggregates, each entity's
 * columns, relationships, lifecycle, delete impact, rules and findings, and the repositories. It builds
 * the same model as {@code generate} in memory and never writes the committed pack. Classes are
 * compiled first ({@code process-classes} is run in a forked lifecycle).
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ReportMojo extends AbstractMavenReport {

    /** The report's page, {@code context-pack.html}, next to the directory of its Mermaid script. */
    static final String OUTPUT_NAME = "context-pack";

    /** Skips every context-pack goal. */
    @Parameter(property = "context-pack.skip", defaultValue = "false")
    private boolean skip;

    /** Leaves the report out of the site (the other goals still run). */
    @Parameter(property = "context-pack.report.skip", defaultValue = "false")
    private boolean reportSkip;

    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDirectory;

    /** As for {@code generate}: only scan these packages. */
    @Parameter
    private List<String> packages;

    /** As for {@code generate}: the Hibernate dialect class. */
    @Parameter(property = "context-pack.dialect")
    private String dialect;

    /** As for {@code generate}: the database version. */
    @Parameter(property = "context-pack.databaseVersion")
    private String databaseVersion;

    /** As for {@code generate}: a PhysicalNamingStrategy class. */
    @Parameter(property = "context-pack.physicalNamingStrategy")
    private String physicalNamingStrategy;

    /** As for {@code generate}: an ImplicitNamingStrategy class. */
    @Parameter(property = "context-pack.implicitNamingStrategy")
    private String implicitNamingStrategy;

    /** As for {@code generate}: extra Hibernate settings. */
    @Parameter
    private Map<String, String> hibernateProperties;

    /** As for {@code generate}: the findings the team accepts are shown as accepted. */
    @Parameter(property = "context-pack.suppressionFile", defaultValue = "${project.basedir}/context-pack-suppressions.yaml")
    private File suppressionFile;

    /** The version of the {@code org.webjars.npm:mermaid} WebJar whose {@code dist/mermaid.min.js} draws the diagram. */
    @Parameter(property = "context-pack.report.mermaidVersion", defaultValue = MermaidScript.DEFAULT_VERSION)
    private String mermaidVersion;

    @Component
    private RepositorySystem repositorySystem;

    /** Built once by {@link #canGenerateReport()}, rendered by {@link #executeReport}. */
    private ContextPack pack;
    private boolean built;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return "Data model";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The JPA entities, their tables and relationships with an ER diagram, as Hibernate reads them.";
    }

    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (skip || reportSkip) {
            getLog().info("context-pack: report skipped (" + (skip ? "context-pack.skip" : "context-pack.report.skip") + "=true).");
            return false;
        }
        if ("pom".equals(project.getPackaging())) return false;
        if (!classesDirectory.isDirectory()) {
            getLog().warn("context-pack: no compiled classes in " + classesDirectory + ", so no data model report. Compile first: mvn process-classes site.");
            return false;
        }
        ContextPack model = model();
        if (model == null) getLog().info("context-pack: no JPA entity in " + classesDirectory + "; the data model report is left out of the site.");
        return model != null;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ContextPack model = model();
        if (model == null) {
            throw new MavenReportException("context-pack: no JPA entity in " + classesDirectory + ": there is no data model to report.");
        }
        String script = bundleMermaid() ? MermaidScript.relativePath() : null;
        new DataModelPage(script).render(model, getSink(), "Data model of " + project.getArtifactId());
    }

    /** The model of {@code generate}, built in memory once; null when the module has no entity. */
    private ContextPack model() throws MavenReportException {
        if (built) return pack;
        try {
            pack = new ContextPackEngine(GenerateMojo.adapt(getLog()), RenderOptions.DEFAULT).build(request(), Suppressions.read(suppressionFile.toPath()));
        } catch (ScanException | IllegalArgumentException | IllegalStateException e) {
            throw new MavenReportException("context-pack: " + e.getMessage(), e);
        }
        built = true;
        return pack;
    }

    private GenerateRequest request() throws MavenReportException {
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) classpath.add(Path.of(element));
        } catch (Exception e) {
            throw new MavenReportException("Cannot resolve the runtime class path of " + project.getArtifactId() + ": " + e.getMessage(), e);
        }
        // no output directory: the report never writes the pack
        return new GenerateRequest(classesDirectory.toPath(), classpath, null, null, packages == null ? List.of() : packages,
                new Overrides(dialect, databaseVersion, physicalNamingStrategy, implicitNamingStrategy,
                        hibernateProperties == null ? Map.of() : GenerateMojo.withoutEmptyValues(hibernateProperties)),
                project.getArtifactId(), GenerateMojo.REGENERATE_COMMAND);
    }

    /**
     * Copies Mermaid's browser bundle from its WebJar next to the page. False, with a warning, when the
     * WebJar cannot be resolved (offline and not in the local repository): the page then shows the diagram's source.
     */
    private boolean bundleMermaid() {
        String coordinates = MermaidScript.GROUP_ID + ":" + MermaidScript.ARTIFACT_ID + ":" + mermaidVersion;
        try {
            ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(MermaidScript.GROUP_ID, MermaidScript.ARTIFACT_ID, "jar", mermaidVersion),
                    remoteProjectRepositories, null);
            Path jar = repositorySystem.resolveArtifact(repoSession, request).getArtifact().getFile().toPath();
            Path site = getReportOutputDirectory().toPath();
            MermaidScript.copy(jar, mermaidVersion, site);
            getLog().debug("context-pack: Mermaid " + mermaidVersion + " copied to " + site.resolve(MermaidScript.relativePath()));
            return Files.isRegularFile(site.resolve(MermaidScript.relativePath()));
        } catch (ArtifactResolutionException | IllegalArgumentException | java.io.UncheckedIOException e) {
            getLog().warn("context-pack: cannot bundle Mermaid (" + coordinates + "): " + e.getMessage()
                    + ". The report shows the diagram as Mermaid source; resolve it once with network (mvn dependency:get -Dartifact="
                    + coordinates + " -Dtransitive=false) or set context-pack.report.mermaidVersion to a version in your repository.");
            return false;
        }
    }
}
