package dev.contextpack.maven;

import dev.contextpack.engine.ReactorModule;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReactorTest {

    private static final String COMMAND = "mvn process-classes context-pack:aggregate";

    @Test
    void modulesInReactorOrderWithOneClassPathOfTheirDependencies(@TempDir Path root) throws Exception {
        MavenProject parent = project(root, ".", "shop-parent", "pom");
        MavenProject domain = compiled(project(root, "domain", "domain", "jar"));
        domain.setArtifacts(artifacts(root, "org.hibernate.orm:hibernate-core:7.0.0:compile", "junit:junit:4.13:test"));
        MavenProject persistence = compiled(project(root, "persistence", "persistence", "jar"));
        persistence.setArtifacts(artifacts(root, "com.example:domain:1.0:compile", "org.hibernate.orm:hibernate-core:7.0.0:compile",
                "org.springframework.data:spring-data-jpa:4.0.0:compile"));
        MavenProject app = compiled(project(root, "apps/app", "app", "jar"));
        app.setArtifacts(artifacts(root, "com.example:persistence:1.0:compile", "com.example:domain:1.0:compile",
                "org.springframework.data:spring-data-jpa:4.0.6:compile", "org.postgresql:postgresql:42.7.0:runtime",
                "jakarta.servlet:jakarta.servlet-api:6.0.0:provided"));

        Reactor reactor = Reactor.read(List.of(parent, domain, persistence, app), root, COMMAND);

        assertEquals(List.of("domain", "persistence", "app"), reactor.modules().stream().map(ReactorModule::artifactId).toList(),
                "the pom module has no classes");
        assertEquals(List.of("domain", "persistence", "apps/app"), reactor.modules().stream().map(ReactorModule::directory).toList());
        assertEquals(root.resolve("apps/app/target/classes"), reactor.modules().get(2).classesDirectory());
        // the application's versions first, each library once; no reactor module, test or provided jar
        assertEquals(List.of("spring-data-jpa-4.0.6.jar", "postgresql-42.7.0.jar", "hibernate-core-7.0.0.jar"),
                reactor.classpath().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aModuleWithSourcesButNoClassesFailsWithTheCommandAndOneWithoutSourcesIsSkippedQuietly(@TempDir Path root) throws Exception {
        MavenProject domain = project(root, "domain", "domain", "jar");
        Files.createDirectories(root.resolve("domain/src/main/java/com/example"));
        Files.writeString(root.resolve("domain/src/main/java/com/example/Pet.java"), "class Pet {}");
        MavenProject docs = project(root, "docs", "docs", "jar");
        Files.createDirectories(root.resolve("docs/src/main/java"));

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> Reactor.read(List.of(domain, docs), root, COMMAND));
        assertEquals("context-pack: the aggregate reads the modules' compiled classes, and 1 module(s) with sources are not compiled:"
                + " `domain` (domain/): no domain/target/classes. Compile them in the same build, from the build's top directory:"
                + " `mvn process-classes context-pack:aggregate`.", e.getMessage());

        Files.delete(root.resolve("domain/src/main/java/com/example/Pet.java"));
        assertEquals(List.of(), Reactor.read(List.of(domain, docs), root, COMMAND).modules(), "nothing to compile, nothing to read, nothing to say");
    }

    @Test
    void theModulesThatAlsoRunGenerateAreFound(@TempDir Path root) {
        MavenProject generating = project(root, "a", "a", "jar");
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.contextpack");
        plugin.setArtifactId("context-pack-maven-plugin");
        PluginExecution execution = new PluginExecution();
        execution.addGoal("check");
        execution.addGoal("generate");
        plugin.addExecution(execution);
        generating.getBuild().addPlugin(plugin);
        MavenProject quiet = project(root, "b", "b", "jar");
        Plugin withoutExecution = plugin.clone();
        withoutExecution.setExecutions(List.of());
        quiet.getBuild().addPlugin(withoutExecution);

        assertEquals(List.of(generating), Reactor.generating(List.of(generating, quiet), "dev.contextpack:context-pack-maven-plugin"));
    }

    @Test
    void aCommandLineWithoutACompilingPhaseIsToldItReadsAnEarlierBuild() {
        org.junit.jupiter.api.Assertions.assertTrue(Aggregation.compilesFirst(List.of("process-classes", "context-pack:aggregate")));
        org.junit.jupiter.api.Assertions.assertTrue(Aggregation.compilesFirst(List.of("clean", "verify", "context-pack:check-aggregate")));
        org.junit.jupiter.api.Assertions.assertFalse(Aggregation.compilesFirst(List.of("context-pack:aggregate")));
        org.junit.jupiter.api.Assertions.assertTrue(Aggregation.compilesFirst(List.of("compile", "context-pack:aggregate")));
        org.junit.jupiter.api.Assertions.assertFalse(Aggregation.compilesFirst(List.of("clean", "context-pack:aggregate")));
    }

    private static MavenProject project(Path root, String directory, String artifactId, String packaging) {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        model.setPackaging(packaging);
        Build build = new Build();
        Path base = root.resolve(directory).normalize();
        build.setDirectory(base.resolve("target").toString());
        build.setOutputDirectory(base.resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(new File(base.toFile(), "pom.xml"));
        project.addCompileSourceRoot(base.resolve("src/main/java").toString());
        return project;
    }

    private static MavenProject compiled(MavenProject project) throws IOException {
        Files.createDirectories(Path.of(project.getBuild().getOutputDirectory()));
        return project;
    }

    /** groupId:artifactId:version:scope, each a jar in a fake local repository. */
    private static Set<Artifact> artifacts(Path root, String... coordinates) {
        Set<Artifact> artifacts = new LinkedHashSet<>();
        DefaultArtifactHandler jar = new DefaultArtifactHandler("jar");
        jar.setAddedToClasspath(true);
        for (String c : coordinates) {
            String[] p = c.split(":");
            DefaultArtifact artifact = new DefaultArtifact(p[0], p[1], p[2], p[3], "jar", null, jar);
            artifact.setFile(root.resolve("repository").resolve(p[1] + "-" + p[2] + ".jar").toFile());
            artifacts.add(artifact);
        }
        return artifacts;
    }
}
