package dev.contextpack.maven;

import dev.contextpack.engine.ReactorModule;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The modules of this build as {@code aggregate} reads them: their compiled output, their source roots
 * and one run-time class path for all of them. Maven resolves every reactor module's dependencies for an
 * aggregator goal that asks for resolution (leaving out the reactor's own modules, which may not be
 * packaged yet); those modules are read from their output directories instead.
 *
 * @param modules the modules with compiled classes, in reactor order (pom modules and modules without sources left out)
 * @param classpath the dependencies of all modules, each library once: the version of the module latest in the reactor wins,
 *        as in an application module that depends on the others
 */
record Reactor(List<ReactorModule> modules, List<Path> classpath) {

    private static final Set<String> RUNTIME_SCOPES = Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME, Artifact.SCOPE_SYSTEM);

    /**
     * @param projects the build's projects in reactor order
     * @param root the build's top directory
     * @param command the command that compiles the modules and runs the goal, for the message when a module is not compiled
     * @throws MojoFailureException when a module with sources has no compiled classes
     */
    static Reactor read(List<MavenProject> projects, Path root, String command) throws MojoFailureException {
        Set<String> reactorKeys = new HashSet<>();
        projects.forEach(p -> reactorKeys.add(p.getGroupId() + ":" + p.getArtifactId()));
        List<ReactorModule> modules = new ArrayList<>();
        List<MavenProject> compiled = new ArrayList<>();
        List<String> notCompiled = new ArrayList<>();
        for (MavenProject project : projects) {
            if ("pom".equals(project.getPackaging())) continue;
            Path classes = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
            String directory = relative(root, project.getBasedir().toPath());
            if (!Files.isDirectory(classes)) {
                // a module with nothing to compile has no output directory: nothing to read, nothing to say
                if (hasSources(project)) notCompiled.add("`" + project.getArtifactId() + "` (" + directory + "/): no " + relative(root, classes));
                continue;
            }
            List<Path> sources = project.getCompileSourceRoots().stream().map(s -> Path.of(s).toAbsolutePath().normalize()).toList();
            modules.add(new ReactorModule(project.getArtifactId(), directory, classes, sources));
            compiled.add(project);
        }
        if (!notCompiled.isEmpty()) {
            throw new MojoFailureException("context-pack: the aggregate reads the modules' compiled classes, and " + notCompiled.size()
                    + " module(s) with sources are not compiled: " + String.join("; ", notCompiled)
                    + ". Compile them in the same build, from the build's top directory: `" + command + "`.");
        }
        List<Path> classpath = new ArrayList<>();
        Set<String> libraries = new LinkedHashSet<>();
        for (int i = compiled.size() - 1; i >= 0; i--) {
            for (Artifact a : compiled.get(i).getArtifacts()) {
                if (reactorKeys.contains(a.getGroupId() + ":" + a.getArtifactId()) || a.getFile() == null
                        || !RUNTIME_SCOPES.contains(a.getScope()) || !a.getArtifactHandler().isAddedToClasspath()) continue;
                String library = a.getGroupId() + ":" + a.getArtifactId() + ":" + (a.getClassifier() == null ? "" : a.getClassifier());
                if (libraries.add(library)) classpath.add(a.getFile().toPath().toAbsolutePath().normalize());
            }
        }
        return new Reactor(List.copyOf(modules), List.copyOf(classpath));
    }

    /** The modules of this build that also bind {@code context-pack:generate}, by artifactId. */
    static List<MavenProject> generating(List<MavenProject> projects, String pluginKey) {
        List<MavenProject> generating = new ArrayList<>();
        for (MavenProject project : projects) {
            Plugin plugin = project.getBuild().getPluginsAsMap().get(pluginKey);
            if (plugin == null) continue;
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains("generate")) {
                    generating.add(project);
                    break;
                }
            }
        }
        return generating;
    }

    /** A directory relative to the build's top directory, with {@code /}; {@code .} for the top directory itself. */
    static String relative(Path root, Path path) {
        String s = root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static boolean hasSources(MavenProject project) {
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        for (Resource resource : project.getResources()) roots.add(resource.getDirectory());
        for (String root : roots) {
            if (root == null || !Files.isDirectory(Path.of(root))) continue;
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                if (files.anyMatch(Files::isRegularFile)) return true;
            } catch (IOException e) {
                throw new UncheckedIOException("context-pack: cannot read " + root + ": " + e.getMessage(), e);
            }
        }
        return false;
    }
}
