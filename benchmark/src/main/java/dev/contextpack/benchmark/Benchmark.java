package dev.contextpack.benchmark;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The benchmark: for each size, generates the synthetic model's sources, compiles them with
 * javax.tools against this JVM's class path (Jakarta Persistence, Hibernate, Spring Data JPA), then
 * measures in forked JVMs (one per measurement, so one model's classes and JIT state never help
 * another's) and writes a Markdown summary to {@code <workDirectory>/results.md}.
 *
 * <p>System properties: {@code benchmark.sizes} (default 100,500,2000), {@code benchmark.warmups} (2),
 * {@code benchmark.repetitions} (5), {@code benchmark.workDirectory} (target/benchmark).
 */
public final class Benchmark {

    private static final long MIB = 1024 * 1024;
    private static int forks;
    /** jQAssistant's Maven plugin, run on the same classes for comparison; -Dbenchmark.jqassistant=none skips it. */
    private static final String JQASSISTANT_VERSION = "none".equals(System.getProperty("benchmark.jqassistant", "2.7.1"))
            ? null : System.getProperty("benchmark.jqassistant", "2.7.1");

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("benchmark.sizes", "100,500,2000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int warmups = Integer.getInteger("benchmark.warmups", 2);
        int repetitions = Integer.getInteger("benchmark.repetitions", 5);
        int coldRuns = Integer.getInteger("benchmark.coldRuns", 3);
        Path work = Path.of(System.getProperty("benchmark.workDirectory", "target/benchmark")).toAbsolutePath();
        Files.createDirectories(work);

        Map<Integer, Properties> timing = new LinkedHashMap<>();
        Map<Integer, Properties> heapGenerate = new LinkedHashMap<>();
        Map<Integer, Properties> heapBoot = new LinkedHashMap<>();
        Map<Integer, Integer> sources = new LinkedHashMap<>();
        Map<Integer, JQAssistant.Result> jqassistant = new LinkedHashMap<>();
        for (int n : sizes) {
            Path dir = work.resolve("n" + n);
            Measure.deleteRecursively(dir);
            List<Path> files = new ModelGenerator().generate(n, dir.resolve("src"));
            compile(files, dir.resolve("classes"));
            sources.put(n, files.size());
            System.out.printf(Locale.ROOT, "N=%d: %d source files compiled%n", n, files.size());
            timing.put(n, fork(work, "timing", n, dir, List.of("-Xmx2g"), warmups, repetitions));
            // cold runs, alternated: a new JVM each, as a build that runs the goal once
            List<Properties> generateRuns = new ArrayList<>();
            List<Properties> bootRuns = new ArrayList<>();
            for (int i = 0; i < coldRuns; i++) {
                generateRuns.add(fork(work, "heap-generate", n, dir, List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"), 0, 1));
                bootRuns.add(fork(work, "heap-boot", n, dir, List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"), 0, 1));
            }
            heapGenerate.put(n, combine(generateRuns));
            heapBoot.put(n, combine(bootRuns));
            if (JQASSISTANT_VERSION != null) jqassistant.put(n, JQAssistant.scan(dir, JQASSISTANT_VERSION));
        }
        int largest = sizes.get(sizes.size() - 1);
        Properties profile = fork(work, "profile", largest, work.resolve("n" + largest),
                List.of("-Xmx2g", "-XX:FlightRecorderOptions:stackdepth=1024"), warmups, Math.max(2, repetitions / 2));

        String report = report(sizes, sources, timing, heapGenerate, heapBoot, profile, largest, warmups, repetitions, jqassistant);
        Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + work.resolve("results.md"));
    }

    static void compile(List<Path> files, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) throw new IllegalStateException("No Java compiler in this runtime: run the benchmark on a JDK, not a JRE.");
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-parameters", "-nowarn",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean ok = compiler.getTask(null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("The generated model does not compile: " + diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).limit(5).map(Object::toString).toList());
            }
        }
    }

    /** Runs one measurement in a new JVM on this class path and returns what it wrote. */
    static Properties fork(Path work, String mode, int n, Path dir, List<String> jvmOptions, int warmups, int repetitions)
            throws IOException, InterruptedException {
        Path result = work.resolve("n" + n + "-" + mode + "-" + (++forks) + ".properties");
        Files.deleteIfExists(result);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Measure.class.getName());
        command.addAll(List.of(mode, String.valueOf(n), dir.toString(), result.toString(), String.valueOf(warmups), String.valueOf(repetitions)));
        System.out.printf(Locale.ROOT, "N=%d: %s (%s)%n", n, mode, String.join(" ", jvmOptions));
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        if (mode.startsWith("heap") && exit != 0) {
            // the heap target is a result, not a reason to lose the others: the report says it was missed
            Properties failed = new Properties();
            failed.setProperty("failed", exit == 3 ? "OutOfMemoryError under " + String.join(" ", jvmOptions) : "exit code " + exit);
            return failed;
        }
        if (exit != 0 || !Files.exists(result)) {
            throw new IllegalStateException("The " + mode + " run for N=" + n + " failed (exit code " + exit + "); see its output above."
                    + (mode.startsWith("heap") ? " Under -Xmx512m an OutOfMemoryError means the heap target is missed." : ""));
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(result)) {
            properties.load(in);
        }
        return properties;
    }

    // ---------------------------------------------------------------- report

    static String report(List<Integer> sizes, Map<Integer, Integer> sources, Map<Integer, Properties> timing,
                         Map<Integer, Properties> heapGenerate, Map<Integer, Properties> heapBoot, Properties profile,
                         int largest, int warmups, int repetitions, Map<Integer, JQAssistant.Result> jqassistant) {
        StringBuilder s = new StringBuilder();
        s.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append("; JDK ").append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vm.name"))
                .append("); load average at the end ").append(String.format(Locale.ROOT, "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())).append("\n");
        s.append("Warm-up runs: ").append(warmups).append(", measured runs: ").append(repetitions).append("; figures are medians.\n");
        Properties any = timing.get(sizes.get(0));
        s.append("Settings (as the pack states them): ").append(any.getProperty("setting.dialect", "?")).append(", ")
                .append(any.getProperty("setting.physicalNamingStrategy", "?")).append(", ")
                .append(any.getProperty("setting.implicitNamingStrategy", "?")).append("\n\n");

        s.append("Wall time (what a build waits for):\n\n");
        s.append("| Entities | Sources | Hibernate boot alone (ms) | generate (ms) | generate / boot (median of per-run ratios) | no-change generate (ms) | files |\n");
        s.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : sizes) {
            Properties t = timing.get(n);
            s.append(String.format(Locale.ROOT, "| %d | %d | %.0f | %.0f | %.2f | %.0f | %s |%n", n, sources.get(n),
                    median(t.getProperty("boot.ms")), median(t.getProperty("generate.ms")), median(t.getProperty("ratio")),
                    median(t.getProperty("nochange.ms")), t.getProperty("files")));
        }
        s.append("\nThe floor of what generate does since it checks repository queries (issue 4): Hibernate's boot plus"
                + " `metadata.buildSessionFactory()` of the same model:\n\n| Entities | boot + SessionFactory (ms) | CPU (ms) | generate / (boot + SessionFactory) |\n|---:|---:|---:|---:|\n");
        for (int n : sizes) {
            Properties t = timing.get(n);
            s.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f |%n", n, median(t.getProperty("bootsf.ms")),
                    median(t.getProperty("bootsf.cpu.ms")), median(t.getProperty("ratio.sf"))));
        }
        s.append("\nCPU time of the JVM, all threads (less disturbed by other processes on the machine):\n\n");
        s.append("| Entities | Hibernate boot alone (ms) | generate (ms) | generate / boot (median of per-run ratios) | no-change generate (ms) |\n");
        s.append("|---:|---:|---:|---:|---:|\n");
        for (int n : sizes) {
            Properties t = timing.get(n);
            s.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.0f |%n", n,
                    median(t.getProperty("boot.cpu.ms")), median(t.getProperty("generate.cpu.ms")), median(t.getProperty("cpu.ratio")),
                    median(t.getProperty("nochange.cpu.ms"))));
        }
        s.append("\nAll measured runs (ms), in order: \n\n");
        for (int n : sizes) {
            Properties t = timing.get(n);
            s.append("- N=").append(n).append(": boot ").append(t.getProperty("boot.ms")).append("; boot + SessionFactory ")
                    .append(t.getProperty("bootsf.ms")).append("; generate ").append(t.getProperty("generate.ms"))
                    .append("; no-change ").append(t.getProperty("nochange.ms")).append('\n');
        }
        s.append("\nGrowth from ").append(sizes.get(0)).append(" to ").append(largest).append(" entities (x")
                .append(largest / sizes.get(0)).append(" entities):");
        Properties small = timing.get(sizes.get(0));
        Properties big = timing.get(largest);
        s.append(String.format(Locale.ROOT, " generate x%.1f, Hibernate boot x%.1f.%n",
                median(big.getProperty("generate.ms")) / median(small.getProperty("generate.ms")),
                median(big.getProperty("boot.ms")) / median(small.getProperty("boot.ms"))));
        s.append("Per entity: ");
        for (int n : sizes) {
            s.append(String.format(Locale.ROOT, "N=%d: generate %.2f ms, boot %.2f ms; ", n,
                    median(timing.get(n).getProperty("generate.ms")) / n, median(timing.get(n).getProperty("boot.ms")) / n));
        }
        s.append("\n\nCold runs, one new JVM each under -Xmx512m, generate and boot alternated (median time; heap: the largest"
                + " of the runs, in use right before a collection = peak, right after = live set):\n\n");
        s.append("| Entities | generate cold (ms) | boot alone cold (ms) | cold generate / boot | generate peak heap (MiB) | generate live set (MiB) | GCs | boot peak heap (MiB) | boot live set (MiB) |\n");
        s.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : sizes) {
            Properties g = heapGenerate.get(n);
            Properties b = heapBoot.get(n);
            if (g.getProperty("failed") != null || b.getProperty("failed") != null) {
                s.append("| ").append(n).append(" | generate: ").append(g.getProperty("failed", "ok")).append("; boot: ")
                        .append(b.getProperty("failed", "ok")).append(" | | | | | | | |\n");
                continue;
            }
            s.append(String.format(Locale.ROOT, "| %d | %s | %s | %.2f | %d | %d | %s | %d | %d |%n", n, g.getProperty("cold.ms"),
                    b.getProperty("cold.ms"), Double.parseDouble(g.getProperty("cold.ms")) / Double.parseDouble(b.getProperty("cold.ms")),
                    mib(g, "peak.bytes"), mib(g, "live.bytes"), g.getProperty("gc.count"), mib(b, "peak.bytes"), mib(b, "live.bytes")));
        }
        s.append("\nCold runs (ms), in order: ");
        for (int n : sizes) {
            if (heapGenerate.get(n).getProperty("failed") != null || heapBoot.get(n).getProperty("failed") != null) continue;
            s.append("N=").append(n).append(": generate ").append(heapGenerate.get(n).getProperty("cold.all.ms"))
                    .append(", boot ").append(heapBoot.get(n).getProperty("cold.all.ms")).append("; ");
        }
        s.append('\n');
        if (!jqassistant.isEmpty()) {
            s.append("\njQAssistant ").append(JQASSISTANT_VERSION).append(" (Maven plugin, `jqassistant:scan` of the same classes"
                    + " into its embedded Neo4j; its own timer of the scan, without Maven's and Neo4j's start) against context-pack's"
                    + " cold generate above:\n\n| Entities | jQAssistant scan (ms) | whole Maven run (ms) | context-pack generate cold (ms) |\n|---:|---:|---:|---:|\n");
            jqassistant.forEach((n, r) -> s.append(String.format(Locale.ROOT, "| %d | %s | %d | %s |%n", n,
                    r.scanMillis() < 0 ? "failed: " + r.failure() : String.valueOf(r.scanMillis()), r.totalMillis(),
                    heapGenerate.get(n).getProperty("cold.ms", heapGenerate.get(n).getProperty("failed")))));
        }
        s.append("\nProfile of generate at N=").append(largest).append(" (JFR execution samples every 10 ms, so samples are CPU time of Java code; generate runs of ")
                .append(profile.getProperty("generate.ms")).append(" ms):\n\n| Phase | Samples | Share |\n|---|---:|---:|\n");
        String alone = "phase." + Profile.BOOT_ALONE;
        int total = profile.stringPropertyNames().stream().filter(k -> k.startsWith("phase.") && !k.equals(alone))
                .mapToInt(k -> Integer.parseInt(profile.getProperty(k))).sum();
        profile.stringPropertyNames().stream().filter(k -> k.startsWith("phase.") && !k.equals(alone)).sorted().forEach(k -> {
            int samples = Integer.parseInt(profile.getProperty(k));
            s.append(String.format(Locale.ROOT, "| %s | %d | %.0f %% |%n", k.substring("phase.".length()), samples, 100.0 * samples / total));
        });
        s.append(String.format(Locale.ROOT, "| all of generate | %d | 100 %% |%n", total));
        s.append(String.format(Locale.ROOT, "| %s, as many runs | %s | %.0f %% |%n", Profile.BOOT_ALONE, profile.getProperty(alone, "0"),
                100.0 * Integer.parseInt(profile.getProperty(alone, "0")) / total));
        s.append("\nGC pauses during the recording: ").append(profile.getProperty("gc.pauses")).append(" pauses, ")
                .append(profile.getProperty("gc.pauseMs")).append(" ms.\n\nHottest top frames:\n\n");
        profile.stringPropertyNames().stream().filter(k -> k.startsWith("hot."))
                .sorted((a, b) -> Integer.parseInt(profile.getProperty(b)) - Integer.parseInt(profile.getProperty(a)))
                .forEach(k -> s.append("- ").append(k.substring(4)).append(": ").append(profile.getProperty(k)).append('\n'));
        return s.toString();
    }

    /** Cold runs: the median time (and all of them), the largest heap figures. */
    static Properties combine(List<Properties> runs) {
        Properties combined = new Properties();
        for (Properties run : runs) {
            if (run.getProperty("failed") != null) {
                combined.setProperty("failed", run.getProperty("failed"));
                return combined;
            }
        }
        List<String> times = new ArrayList<>();
        for (Properties run : runs) times.add(run.getProperty("cold.ms"));
        combined.setProperty("cold.all.ms", String.join(",", times));
        combined.setProperty("cold.ms", String.format(Locale.ROOT, "%.0f", median(String.join(",", times))));
        for (String key : List.of("peak.bytes", "live.bytes", "gc.count")) {
            combined.setProperty(key, String.valueOf(runs.stream().mapToLong(r -> Long.parseLong(r.getProperty(key))).max().orElse(0)));
        }
        return combined;
    }

    private static long mib(Properties p, String key) {
        return Math.round(Long.parseLong(p.getProperty(key)) / (double) MIB);
    }

    static double median(String commaSeparated) {
        double[] values = Arrays.stream(commaSeparated.split(",")).mapToDouble(Double::parseDouble).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
