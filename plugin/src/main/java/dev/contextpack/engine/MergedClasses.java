package dev.contextpack.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compiled output of every module of a build, copied into one directory. The engine's scanners
 * (ClassGraph, the method-body reader, the settings reader) read one directory; one merged view keeps
 * them as they are and lets each of them see across modules: a service in one module calling a
 * repository of another, a repository of an entity of a third.
 *
 * <p>Modules are copied in reactor order, so when two modules hold the same file the later one (a
 * module that depends on the other, closer to the application) wins, as the application's own class path
 * puts its classes before its dependencies'. Such files are recorded when they change what the pack
 * says: class files and the settings and mapping files the engine reads.
 */
public final class MergedClasses {

    /** The files the engine reads besides class files: Spring settings, persistence units, XML mappings. */
    private static final Pattern SETTINGS = Pattern.compile(
            "application(-[^/]+)?\\.(properties|ya?ml)|META-INF/persistence\\.xml|.*orm\\.xml|.*\\.hbm\\.xml");

    /**
     * A path that more than one module holds.
     *
     * @param path relative to the classes directories, with {@code /}
     * @param holders every module that holds it, in reactor order; the last one's copy is read
     */
    public record Shadowed(String path, List<ReactorModule> holders) {
        public ReactorModule winner() {
            return holders.get(holders.size() - 1);
        }
    }

    private final Path directory;
    private final List<ReactorModule> modules;
    private final Map<String, ReactorModule> origins;
    private final List<Shadowed> shadowed;

    private MergedClasses(Path directory, List<ReactorModule> modules, Map<String, ReactorModule> origins, List<Shadowed> shadowed) {
        this.directory = directory;
        this.modules = modules;
        this.origins = origins;
        this.shadowed = shadowed;
    }

    /**
     * Empties {@code directory} (a directory of the build's own, under {@code target/}) and copies each
     * module's classes directory into it, in the order given (the reactor's).
     */
    public static MergedClasses build(List<ReactorModule> modules, Path directory) {
        Map<String, ReactorModule> origins = new TreeMap<>();
        Map<String, List<ReactorModule>> holders = new TreeMap<>();
        try {
            deleteTree(directory);
            Files.createDirectories(directory);
            for (ReactorModule module : modules) {
                Path from = module.classesDirectory();
                if (!Files.isDirectory(from)) continue;
                List<Path> files;
                try (Stream<Path> walk = Files.walk(from)) {
                    files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
                }
                for (Path file : files) {
                    String relative = from.relativize(file).toString().replace('\\', '/');
                    Path target = directory.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    origins.put(relative, module);
                    holders.computeIfAbsent(relative, k -> new ArrayList<>()).add(module);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("context-pack: cannot merge the modules' classes into " + directory + ": " + e
                    + ". Check that the directory is writable, or run `mvn clean` and try again.", e);
        }
        List<Shadowed> shadowed = new ArrayList<>();
        holders.forEach((path, list) -> {
            if (list.size() > 1 && matters(path)) shadowed.add(new Shadowed(path, List.copyOf(list)));
        });
        return new MergedClasses(directory, List.copyOf(modules), origins, List.copyOf(shadowed));
    }

    /** Class files (but module descriptors) and the settings and mapping files the engine reads. */
    static boolean matters(String path) {
        if (path.endsWith(".class")) return !path.endsWith("module-info.class");
        return SETTINGS.matcher(path).matches();
    }

    /** Removes a directory tree without following links out of it. */
    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The merged directory: the classes directory of the aggregated run. */
    public Path directory() {
        return directory;
    }

    /** The modules that were read, in reactor order. */
    public List<ReactorModule> modules() {
        return modules;
    }

    /** The module whose copy of the class file is read; null when no module holds it (a dependency's class). */
    public ReactorModule moduleOf(String className) {
        return origins.get(className.replace('.', '/') + ".class");
    }

    /** Class files and settings files more than one module holds, sorted by path. */
    public List<Shadowed> shadowed() {
        return shadowed;
    }

    /** The settings and mapping files of the merged view by file name (application.properties, persistence.xml), with the module whose copy is read. */
    public Map<String, ReactorModule> settingsFiles() {
        Map<String, ReactorModule> files = new TreeMap<>();
        origins.forEach((path, module) -> {
            if (!path.endsWith(".class") && matters(path)) files.putIfAbsent(path.substring(path.lastIndexOf('/') + 1), module);
        });
        return files;
    }

    /** Every merged path with the module it came from, sorted: a fingerprint input (a class that moves changes the pack). */
    public Map<String, String> originsByPath() {
        Map<String, String> lines = new LinkedHashMap<>();
        origins.forEach((path, module) -> lines.put(path, module.artifactId() + " " + module.directory()));
        return lines;
    }
}
