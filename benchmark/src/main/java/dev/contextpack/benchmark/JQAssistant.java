package dev.contextpack.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jQAssistant's scan of the same compiled model, for comparison: its Maven plugin run on a throwaway
 * project whose output directory is the model's classes, with the Maven and local repository that run
 * this benchmark. jQAssistant times its scan itself ("Leaving DIR (N entries, T ms)"); that figure
 * leaves out Maven's start and the embedded Neo4j's, which the whole run includes.
 */
final class JQAssistant {

    record Result(long scanMillis, long totalMillis, String failure) {
    }

    private static final Pattern LEAVING = Pattern.compile("Leaving .* \\((\\d+) entries, (\\d+) ms\\)");

    private JQAssistant() {
    }

    static Result scan(Path modelDirectory, String version) throws IOException, InterruptedException {
        String mavenHome = System.getProperty("benchmark.mavenHome");
        String repository = System.getProperty("benchmark.localRepository");
        if (mavenHome == null || mavenHome.isBlank()) return new Result(-1, 0, "no Maven home given (benchmark.mavenHome)");
        Path project = modelDirectory.resolve("jqassistant");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>jqassistant-scan</artifactId>
                  <version>1</version>
                  <build>
                    <outputDirectory>%s</outputDirectory>
                    <plugins>
                      <plugin>
                        <groupId>com.buschmais.jqassistant</groupId>
                        <artifactId>jqassistant-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(modelDirectory.resolve("classes"), version), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(mavenHome, "bin", "mvn").toString(), "-B", "-f", project.resolve("pom.xml").toString()));
        if (repository != null && !repository.isBlank()) command.add("-Dmaven.repo.local=" + repository);
        command.add("com.buschmais.jqassistant:jqassistant-maven-plugin:" + version + ":scan");
        Path log = project.resolve("scan.log");
        System.out.println("jQAssistant " + version + " scan of " + modelDirectory.resolve("classes") + " (log: " + log + ")");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        long total = (System.nanoTime() - t0) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Matcher m = LEAVING.matcher(output);
        if (exit != 0 || !m.find()) {
            String last = output.lines().filter(l -> l.contains("ERROR")).findFirst().orElse("exit code " + exit);
            return new Result(-1, total, last.length() > 200 ? last.substring(0, 200) : last);
        }
        return new Result(Long.parseLong(m.group(2)), total, null);
    }
}
