package dev.contextpack.reliability;

import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.resolve.Overrides;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Small projects compiled while the test runs, so that a test can hold exactly the bad input it is
 * about (a truncated class file, a missing class, 500 attributes) without polluting the module's
 * own test classes, which other tests scan.
 */
final class TestProjects {

    private TestProjects() {
    }

    /** Compiles {@code sources} (path relative to the source root → text) into {@code classes}. */
    static Path compile(Path root, Map<String, String> sources) {
        try {
            Path src = root.resolve("src");
            Path classes = root.resolve("classes");
            Files.createDirectories(classes);
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8", "-proc:none", "-nowarn",
                    "-classpath", jarOf(jakarta.persistence.Entity.class) + java.io.File.pathSeparator + jarOf(org.hibernate.annotations.Formula.class)));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                if (file.toString().endsWith(".java")) {
                    args.add(file.toString());
                } else {
                    // a resource: copied as the build would
                    Path target = classes.resolve(source.getKey());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int rc = javac.run(null, errors, errors, args.toArray(String[]::new));
            if (rc != 0) throw new IllegalStateException("test sources do not compile:\n" + errors.toString(StandardCharsets.UTF_8));
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GenerateRequest request(Path classes, Path output) {
        return request(classes, output, null);
    }

    static GenerateRequest request(Path classes, Path output, Path templates) {
        return new GenerateRequest(classes, List.of(classes), output, templates, List.of(),
                new Overrides("org.hibernate.dialect.H2Dialect", null, null, null, Map.of()), "test", "mvn process-classes");
    }

    /** Every file under {@code dir} with its bytes, by relative path (LF, sorted). */
    static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        if (!Files.exists(dir)) return files;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String entity(String pkg, String name, String body) {
        return "package " + pkg + ";\nimport jakarta.persistence.*;\nimport java.util.*;\n@Entity\npublic class " + name + " {\n"
                + "    @Id @GeneratedValue Long id;\n" + body + "\n}\n";
    }
}
