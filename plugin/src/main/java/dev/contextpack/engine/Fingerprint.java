package dev.contextpack.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a run of {@code generate} depends on, as one text of sorted lines: the compiled
 * classes and resources (content), the class path's jars (size and time), the parameters, the
 * user's templates, the plugin's own jars (content: a SNAPSHOT keeps its version), the JDK, and the
 * files the last run left (the pack, AGENTS.md). Equal texts mean the run would write the same
 * files: it can be skipped. {@code check} never uses it.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * @param parameters every parameter that can change the output or the build's outcome, by name
     * @param outputs the files and directories the run writes (read as they are now)
     * @param inputs further files the run reads (suppression file, user templates), may not exist
     */
    public static String of(GenerateRequest request, Map<String, String> parameters, List<Path> outputs, List<Path> inputs) {
        SortedMap<String, String> lines = new TreeMap<>();
        lines.put("jdk", System.getProperty("java.specification.version"));
        lines.put("request", String.valueOf(request));
        parameters.forEach((k, v) -> lines.put("parameter " + k, String.valueOf(v)));
        try {
            tree(lines, "classes ", request.classesDirectory());
            for (Path element : request.classpath()) {
                if (element.equals(request.classesDirectory())) continue;
                if (Files.isDirectory(element)) tree(lines, "classpath " + element + " ", element);
                else if (Files.isRegularFile(element)) lines.put("classpath " + element, sizeAndTime(element));
                else lines.put("classpath " + element, "absent");
            }
            if (request.templateDirectory() != null) tree(lines, "templates ", request.templateDirectory());
            for (Path jar : pluginJars()) lines.put("plugin " + jar.getFileName(), Files.isRegularFile(jar) ? sha256(jar) : sizeAndTime(jar));
            for (Path input : inputs) lines.put("input " + input, Files.isRegularFile(input) ? sha256(input) : "absent");
            for (Path output : outputs) {
                if (Files.isDirectory(output)) tree(lines, "output " + output + " ", output);
                else lines.put("output " + output, Files.isRegularFile(output) ? sha256(output) : "absent");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compute the fingerprint: " + e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder("# context-pack fingerprint: a later generate with the same lines is skipped.\n");
        lines.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        return text.toString();
    }

    /** The plugin's jar and the templates' jar (or their class directories in tests). */
    private static List<Path> pluginJars() {
        List<Path> jars = new ArrayList<>();
        try {
            jars.add(Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            var template = Fingerprint.class.getResource("/dev/contextpack/templates/index.md.ftl");
            if (template != null && "jar".equals(template.getProtocol())) {
                String spec = template.getPath();
                jars.add(Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/")))));
            }
        } catch (URISyntaxException | RuntimeException e) {
            jars.add(Path.of("unknown-plugin-location"));
        }
        return jars;
    }

    private static void tree(SortedMap<String, String> lines, String prefix, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            lines.put(prefix.strip(), "absent");
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                // temporary files of an interrupted write are not part of the state
                if (name.endsWith(".tmp")) continue;
                lines.put(prefix + name, sha256(file));
            }
        }
    }

    private static String sizeAndTime(Path file) throws IOException {
        if (!Files.exists(file)) return "absent";
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a text. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text stored in the fingerprint file, or null when there is none. */
    public static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
