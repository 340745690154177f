package dev.contextpack.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.contextpack.boot.RefusingConnectionProvider;
import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.engine.GenerateResult;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.resolve.Overrides;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Runs in a JVM forked by {@link Benchmark}, one model per JVM, and writes what it measured as
 * properties. Modes:
 * <ul>
 *   <li>{@code timing}: warm-up, then repetitions of Hibernate's boot alone, the plugin's full
 *       generate into an empty directory, and a second generate into the same directory (nothing changed);</li>
 *   <li>{@code heap-generate} / {@code heap-boot}: one cold run under the JVM's -Xmx, with the heap in use
 *       right before every collection (the peak) and right after (the live set);</li>
 *   <li>{@code profile}: warm-up, then generate under a JFR recording; execution samples are counted by
 *       engine phase (the first {@code dev.contextpack.<phase>} frame below the engine).</li>
 * </ul>
 * The plugin is driven in-process through its engine API, {@code ContextPackEngine.generate(GenerateRequest)},
 * exactly as the mojo calls it, without Maven around it.
 */
public final class Measure {

    /** The dialect of a PostgreSQL application, given to both the plugin and the plain boot. */
    static final String DIALECT = "org.hibernate.dialect.PostgreSQLDialect";

    private final int entities;
    private final Path classes;
    private final Path work;
    private final List<Path> classpath;
    private final List<String> annotatedClasses;

    Measure(int entities, Path work) throws IOException {
        this.entities = entities;
        this.work = work;
        this.classes = work.resolve("classes");
        this.classpath = projectClasspath(classes);
        this.annotatedClasses = annotatedClasses(classes);
    }

    /** Kept referenced: JUL holds loggers weakly, and a collected logger would forget its level. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    public static void main(String[] args) throws Exception {
        // the plugin's boot logs only Hibernate's warnings; the plain boot is held to the same, so that
        // neither pays for console output the other does not write
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        String mode = args[0];
        int entities = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        Path resultFile = Path.of(args[3]);
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        int repetitions = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        Measure measure = new Measure(entities, work);
        Properties out = new Properties();
        switch (mode) {
            case "timing" -> measure.timing(warmups, repetitions, out);
            case "heap-generate" -> measure.heap(true, out);
            case "heap-boot" -> measure.heap(false, out);
            case "profile" -> measure.profile(warmups, repetitions, out, work.resolve("profile.jfr"));
            case "boot-variants" -> measure.bootVariants(warmups, repetitions, out);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        try (OutputStream stream = Files.newOutputStream(resultFile)) {
            out.store(stream, null);
        }
    }

    // ---------------------------------------------------------------- timing

    void timing(int warmups, int repetitions, Properties out) throws IOException {
        List<Double> boot = new ArrayList<>();
        List<Double> generate = new ArrayList<>();
        List<Double> noChange = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        List<Double> bootCpu = new ArrayList<>();
        List<Double> generateCpu = new ArrayList<>();
        List<Double> noChangeCpu = new ArrayList<>();
        List<Double> cpuRatio = new ArrayList<>();
        List<Double> bootSf = new ArrayList<>();
        List<Double> bootSfCpu = new ArrayList<>();
        List<Double> ratioSf = new ArrayList<>();
        Path pack = work.resolve("pack-timing");
        for (int i = 0; i < warmups + repetitions; i++) {
            gc();
            long c0 = cpu();
            long t0 = System.nanoTime();
            bootAlone();
            double b = millis(t0);
            double bc = (cpu() - c0) / 1e6;

            gc();
            c0 = cpu();
            t0 = System.nanoTime();
            bootAlone(true);
            double bs = millis(t0);
            double bsc = (cpu() - c0) / 1e6;

            deleteRecursively(pack);
            gc();
            c0 = cpu();
            t0 = System.nanoTime();
            GenerateResult first = generate(pack);
            double g = millis(t0);
            double gc = (cpu() - c0) / 1e6;
            check(first, false);

            gc();
            c0 = cpu();
            t0 = System.nanoTime();
            GenerateResult second = generate(pack);
            double n = millis(t0);
            double nc = (cpu() - c0) / 1e6;
            check(second, true);

            if (i >= warmups) {
                boot.add(b);
                generate.add(g);
                noChange.add(n);
                ratio.add(g / b);
                bootCpu.add(bc);
                generateCpu.add(gc);
                noChangeCpu.add(nc);
                cpuRatio.add(gc / bc);
                bootSf.add(bs);
                bootSfCpu.add(bsc);
                ratioSf.add(g / bs);
            }
            System.out.printf(Locale.ROOT, "  N=%d boot + SessionFactory %.0f ms (CPU %.0f ms)%n", entities, bs, bsc);
            System.out.printf(Locale.ROOT, "  N=%d %s %d: boot %.0f ms (CPU %.0f ms), generate %.0f ms (CPU %.0f ms), no-change generate %.0f ms (CPU %.0f ms)%n",
                    entities, i < warmups ? "warm-up" : "run", i < warmups ? i + 1 : i - warmups + 1, b, bc, g, gc, n, nc);
        }
        out.setProperty("boot.ms", list(boot));
        out.setProperty("generate.ms", list(generate));
        out.setProperty("nochange.ms", list(noChange));
        out.setProperty("ratio", list(ratio));
        out.setProperty("boot.cpu.ms", list(bootCpu));
        out.setProperty("generate.cpu.ms", list(generateCpu));
        out.setProperty("nochange.cpu.ms", list(noChangeCpu));
        out.setProperty("cpu.ratio", list(cpuRatio));
        out.setProperty("bootsf.ms", list(bootSf));
        out.setProperty("bootsf.cpu.ms", list(bootSfCpu));
        out.setProperty("ratio.sf", list(ratioSf));
        GenerateResult last = generate(pack);
        out.setProperty("files", String.valueOf(last.writeReport().unchanged().size()));
        last.pack().settings().stream()
                .filter(s -> List.of("framework", "dialect", "physicalNamingStrategy", "implicitNamingStrategy").contains(s.name()))
                .forEach(s -> out.setProperty("setting." + s.name(), s.value()));
        out.setProperty("findings", String.valueOf(last.pack().findings().size()));
    }

    // ---------------------------------------------------------------- heap

    void heap(boolean plugin, Properties out) throws IOException {
        AtomicLong peakBeforeGc = new AtomicLong();
        AtomicLong maxAfterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                peakBeforeGc.accumulateAndGet(used(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                maxAfterGc.accumulateAndGet(used(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            }, null, null);
        }
        long t0 = System.nanoTime();
        if (plugin) {
            check(generate(work.resolve("pack-heap")), false);
        } else {
            bootAlone();
        }
        double ms = millis(t0);
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.setProperty("cold.ms", String.format(Locale.ROOT, "%.1f", ms));
        out.setProperty("peak.bytes", String.valueOf(Math.max(peakBeforeGc.get(), now)));
        out.setProperty("live.bytes", String.valueOf(maxAfterGc.get()));
        out.setProperty("max.bytes", String.valueOf(Runtime.getRuntime().maxMemory()));
        long collections = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
        }
        out.setProperty("gc.count", String.valueOf(collections));
        System.out.printf(Locale.ROOT, "  N=%d cold %s: %.0f ms, peak heap %d MiB, live set %d MiB, %d GCs%n", entities,
                plugin ? "generate" : "boot", ms, Math.max(peakBeforeGc.get(), now) >> 20, maxAfterGc.get() >> 20, collections);
        out.setProperty("gc.ms", String.valueOf(gcMillis));
    }

    private static long used(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            // heap pools only: G1 "Eden Space", "Survivor Space", "Old Gen"; Serial/Parallel likewise
            String name = pool.getKey();
            if (name.contains("Eden") || name.contains("Survivor") || name.contains("Old") || name.contains("Tenured")) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    // ---------------------------------------------------------------- profile

    void profile(int warmups, int repetitions, Properties out, Path recordingFile) throws Exception {
        Path pack = work.resolve("pack-profile");
        for (int i = 0; i < warmups; i++) {
            bootAlone();
            deleteRecursively(pack);
            check(generate(pack), false);
        }
        List<Double> times = new ArrayList<>();
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
            recording.start();
            for (int i = 0; i < repetitions; i++) {
                // as many plain boots, alternated, so that their samples compare with the plugin's in the same JIT state
                bootAlone();
                deleteRecursively(pack);
                long t0 = System.nanoTime();
                check(generate(pack), false);
                times.add(millis(t0));
            }
            recording.stop();
            recording.dump(recordingFile);
        }
        out.setProperty("generate.ms", list(times));
        Map<String, Integer> phases = Profile.phases(recordingFile);
        phases.forEach((phase, samples) -> out.setProperty("phase." + phase, String.valueOf(samples)));
        Map<String, Long> gc = Profile.gcPauses(recordingFile);
        gc.forEach((k, v) -> out.setProperty("gc." + k, String.valueOf(v)));
        Profile.hotMethods(recordingFile, 15).forEach((method, samples) -> out.setProperty("hot." + method, String.valueOf(samples)));
    }

    // ---------------------------------------------------------------- boot variants

    /**
     * Where the plugin's boot differs from the plain one: the plain boot, the plugin's MetadataBooter
     * with the plain class loader, and both with the plugin's ProjectClassLoader over the project's class path.
     */
    void bootVariants(int warmups, int repetitions, Properties out) throws IOException {
        Map<String, List<Double>> times = new TreeMap<>();
        for (int i = 0; i < warmups + repetitions; i++) {
            for (String variant : List.of("plain+URLClassLoader", "MetadataBooter+URLClassLoader", "plain+ProjectClassLoader", "MetadataBooter+ProjectClassLoader")) {
                gc();
                long c0 = cpu();
                boolean booter = variant.startsWith("MetadataBooter");
                if (variant.endsWith("+ProjectClassLoader")) {
                    try (dev.contextpack.resolve.ProjectClassLoader loader = new dev.contextpack.resolve.ProjectClassLoader(classpath, Measure.class.getClassLoader())) {
                        bootWith(loader, booter);
                    }
                } else {
                    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, Measure.class.getClassLoader())) {
                        bootWith(loader, booter);
                    }
                }
                double ms = (cpu() - c0) / 1e6;
                if (i >= warmups) times.computeIfAbsent(variant, k -> new ArrayList<>()).add(ms);
                System.out.printf(Locale.ROOT, "  N=%d %s: CPU %.0f ms%n", entities, variant, ms);
            }
        }
        times.forEach((k, v) -> out.setProperty("cpu." + k, list(v)));
    }

    private void bootWith(ClassLoader loader, boolean booter) {
        if (booter) {
            dev.contextpack.resolve.ResolvedSettings settings = new dev.contextpack.resolve.ResolvedSettings("hibernate", DIALECT, null,
                    "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl", "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl",
                    Map.of(), List.of(), List.of());
            try (dev.contextpack.boot.BootResult result = new dev.contextpack.boot.MetadataBooter().boot(
                    new dev.contextpack.boot.MetadataBooter.Input(new java.util.TreeSet<>(annotatedClasses), java.util.Set.of(), List.of()), settings, loader)) {
                if (result.metadata() == null || result.metadata().getEntityBindings().size() != entities) {
                    throw new IllegalStateException("MetadataBooter: " + result.findings());
                }
            }
        } else {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            StandardServiceRegistry registry = null;
            try {
                BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
                registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(plainSettings()).build();
                MetadataSources sources = new MetadataSources(registry);
                for (String name : annotatedClasses) sources.addAnnotatedClass(Class.forName(name, false, loader));
                if (sources.getMetadataBuilder().build().getEntityBindings().size() != entities) throw new IllegalStateException("plain boot");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            } finally {
                if (registry != null) StandardServiceRegistryBuilder.destroy(registry);
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static Map<String, Object> plainSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.dialect", DIALECT);
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("hibernate.connection.provider_class", RefusingConnectionProvider.class.getName());
        settings.put("jakarta.persistence.validation.mode", "none");
        settings.put("hibernate.query.startup_check", "false");
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put("hibernate.cache.use_second_level_cache", "false");
        return settings;
    }

    // ---------------------------------------------------------------- the two things measured

    /**
     * Hibernate's own boot of the same model: {@code MetadataSources} over the same classes with the
     * settings the plugin boots with (dialect, no JDBC metadata access, a connection provider that refuses),
     * in a fresh class loader as the plugin uses, so both load the model's classes anew each time.
     */
    int bootAlone() throws IOException {
        return bootAlone(false);
    }

    /**
     * As {@link #bootAlone()}, then {@code metadata.buildSessionFactory()}: the floor of what the plugin
     * does since it checks repository queries (issue 4) against a SessionFactory built from the same model.
     */
    int bootAlone(boolean sessionFactory) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Measure.class.getClassLoader())) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            StandardServiceRegistry registry = null;
            try {
                BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
                registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(plainSettings()).build();
                MetadataSources sources = new MetadataSources(registry);
                for (String name : annotatedClasses) sources.addAnnotatedClass(Class.forName(name, false, loader));
                Metadata metadata = sources.getMetadataBuilder().build();
                int count = metadata.getEntityBindings().size();
                if (count != entities) throw new IllegalStateException("Hibernate's boot found " + count + " entities, expected " + entities);
                if (sessionFactory) {
                    try (org.hibernate.SessionFactory factory = metadata.buildSessionFactory()) {
                        if (factory.getMetamodel().getEntities().size() != entities) throw new IllegalStateException("SessionFactory");
                    }
                }
                return count;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            } finally {
                if (registry != null) StandardServiceRegistryBuilder.destroy(registry);
                thread.setContextClassLoader(previous);
            }
        }
    }

    GenerateResult generate(Path outputDirectory) {
        GenerateRequest request = new GenerateRequest(classes, classpath, outputDirectory, null, List.of(),
                new Overrides(DIALECT, null, null, null, Map.of()), "bench-" + entities, "mvn process-classes");
        return new ContextPackEngine(EngineLog.SILENT).generate(request);
    }

    /** A run that did not describe every entity as verified measured something else: fail loudly. */
    private void check(GenerateResult result, boolean noChange) {
        if (result.pack() == null) throw new IllegalStateException("context-pack found no entity in " + classes);
        long verified = result.pack().entities().stream().filter(e -> e.provenance() == Provenance.verified).count();
        if (verified != entities) {
            throw new IllegalStateException("context-pack verified " + verified + " of " + entities + " entities; findings: "
                    + result.pack().findings().stream().filter(f -> f.severity() == Finding.Severity.error).limit(3).toList());
        }
        if (noChange && !result.writeReport().written().isEmpty()) {
            throw new IllegalStateException("A second run over an unchanged model wrote " + result.writeReport().written().size() + " files, e.g. "
                    + result.writeReport().written().get(0) + ": the output is not deterministic.");
        }
        // the model is valid: an error finding (a rejected mapping, a query Spring Data cannot derive) means a broken set-up
        List<Finding> errors = result.pack().findings().stream().filter(f -> f.severity() == Finding.Severity.error).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.size() + " error findings on the synthetic model, e.g. " + errors.get(0).className() + "."
                    + errors.get(0).member() + ": " + errors.get(0).message());
        }
        // the repositories are read since issue 4: all of them, or the figures leave part of the work out
        if (result.pack().repositories().size() != entities / 2) {
            throw new IllegalStateException("context-pack described " + result.pack().repositories().size() + " repositories, expected " + entities / 2);
        }
        if (!noChange && result.writeReport().written().size() < entities + entities / 2 + 2) {
            throw new IllegalStateException("A run into an empty directory wrote " + result.writeReport().written().size()
                    + " files, expected at least " + (entities + entities / 2 + 2) + " (a page per entity and per repository, the index and the YAML)");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Jars of the benchmark's class path that the plugin brings, not the application. */
    private static final List<String> PLUGIN_ONLY = List.of("context-pack-", "classgraph-", "freemarker-", "jackson-", "snakeyaml-", "asm-");

    /**
     * The model's runtime class path as Maven would give it: its classes, then the jars an application
     * with Hibernate and Spring Data JPA has: the benchmark's own class path (hibernate-core, spring-data-jpa
     * and everything they depend on) minus the plugin and the libraries only the plugin uses.
     */
    static List<Path> projectClasspath(Path classes) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(classes);
        for (String element : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(element);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (name.endsWith(".jar") && PLUGIN_ONLY.stream().noneMatch(name::startsWith)) classpath.add(path);
        }
        return classpath;
    }

    /** The classes Hibernate gets: entities, mapped superclasses and embeddables (not the repositories, enum or listener). */
    static List<String> annotatedClasses(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(f -> !f.contains("/repository/") && !f.endsWith("/Status.class") && !f.endsWith("/AuditListener.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) return;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void gc() {
        System.gc();
        System.gc();
    }

    /**
     * CPU time of the whole JVM (all threads: ClassGraph's workers, GC, JIT): on a shared machine it
     * moves less than wall time when other processes take the cores.
     */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static String list(List<Double> values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) s.append(s.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", v));
        return s.toString();
    }

    static Map<String, Integer> sorted(Map<String, Integer> map) {
        return new TreeMap<>(map);
    }
}
