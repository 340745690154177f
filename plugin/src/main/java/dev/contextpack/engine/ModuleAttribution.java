package dev.contextpack.engine;

import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.Repository;
import dev.contextpack.model.Setting;
import dev.contextpack.model.SourceModule;
import dev.contextpack.model.TransactionBoundary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The aggregated pack's answer to "which module do I edit": each entity and repository gets the
 * module whose output holds its class file and, when a source root of that module holds it, its
 * source file. Files that several modules hold become {@code CP-AGGREGATE-SHADOWED} findings.
 */
public final class ModuleAttribution implements UnaryOperator<ContextPack> {

    public static final String SHADOWED = "CP-AGGREGATE-SHADOWED";

    private final MergedClasses merged;
    private final Path root;
    private final Suppressions suppressions;
    private final EngineLog log;

    /**
     * @param root the build's top directory, which module directories and source paths are relative to
     * @param suppressions the team's accepted findings, applied to the findings this step adds
     */
    public ModuleAttribution(MergedClasses merged, Path root, Suppressions suppressions, EngineLog log) {
        this.merged = merged;
        this.root = root;
        this.suppressions = suppressions;
        this.log = log;
    }

    @Override
    public ContextPack apply(ContextPack pack) {
        List<Entity> entities = pack.entities().stream().map(e -> e.withModule(module(e.className()))).toList();
        List<Repository> repositories = pack.repositories().stream().map(r -> r.withModule(module(r.className()))).toList();
        List<Finding> added = suppressions.apply(shadowedFindings());
        for (Finding f : added) {
            if (f.suppressed() == null) log.warn("[" + f.code() + "] " + (f.className() == null ? "" : f.className() + ": ") + f.message());
        }
        List<Finding> findings = new ArrayList<>(pack.findings());
        findings.addAll(added);
        findings.sort(Comparator.comparing((Finding f) -> f.className() == null ? "" : f.className())
                .thenComparing(f -> f.member() == null ? "" : f.member()).thenComparing(Finding::code));
        logContributors(entities, repositories, pack.transactions());
        List<Setting> settings = pack.settings().stream().map(this::withModule).toList();
        return new ContextPack(pack.formatVersion(), pack.generator(), pack.module(), settings, entities, pack.aggregates(),
                repositories, pack.repositoryBases(), pack.namedQueries(), pack.transactions(), pack.eventPublishers(),
                pack.eventHandlers(), pack.panache(), List.copyOf(findings));
    }

    /** A setting read from a settings file names the module that holds the file: {@code application.properties in module `service` (key)}. */
    private Setting withModule(Setting setting) {
        if (setting.provenance() != Provenance.config || setting.source() == null) return setting;
        for (Map.Entry<String, ReactorModule> file : merged.settingsFiles().entrySet()) {
            String name = file.getKey();
            String source = setting.source();
            if (source.equals(name) || source.startsWith(name + " ")) {
                return new Setting(setting.name(), setting.value(), setting.provenance(),
                        name + " in module `" + file.getValue().artifactId() + "`" + source.substring(name.length()));
            }
        }
        return setting;
    }

    /** The module of a class of the build; null for a class of a dependency jar (an entity listed in persistence.xml). */
    SourceModule module(String className) {
        ReactorModule module = merged.moduleOf(className);
        if (module == null) return null;
        return new SourceModule(module.artifactId(), module.directory(), source(module, className), Provenance.config);
    }

    /** The {@code .java} (or {@code .kt}) file named after the top-level class, in the first source root that holds it. */
    private String source(ReactorModule module, String className) {
        int nested = className.indexOf('$');
        String outer = (nested < 0 ? className : className.substring(0, nested)).replace('.', '/');
        for (Path sourceRoot : module.sourceRoots()) {
            for (String extension : List.of(".java", ".kt")) {
                Path file = sourceRoot.resolve(outer + extension);
                if (Files.isRegularFile(file)) return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            }
        }
        return null;
    }

    private List<Finding> shadowedFindings() {
        List<Finding> findings = new ArrayList<>();
        for (MergedClasses.Shadowed s : merged.shadowed()) {
            String holders = String.join(", ", s.holders().stream().map(m -> "`" + m.artifactId() + "` (" + m.directory() + ")").toList());
            String winner = s.winner().artifactId();
            if (s.path().endsWith(".class")) {
                String className = s.path().substring(0, s.path().length() - ".class".length()).replace('/', '.');
                findings.add(new Finding(SHADOWED, Finding.Severity.warning, className, null,
                        "modules " + holders + " each compile this class; the pack describes the one of `" + winner
                                + "` (the last in the reactor), and which one the application loads depends on its class path."
                                + " Keep the class in one module."));
            } else {
                findings.add(new Finding(SHADOWED, Finding.Severity.warning, null, null,
                        "`" + s.path() + "` is in modules " + holders + "; the pack reads the one of `" + winner
                                + "` (the last in the reactor, as on the class path of an application that depends on the others)."
                                + " If the application reads another one, keep the file in one module or set the values as plugin parameters."));
            }
        }
        return findings;
    }

    /** One line naming the modules the pack's entities, repositories and transactions come from; modules without any are not named. */
    private void logContributors(List<Entity> entities, List<Repository> repositories, List<TransactionBoundary> transactions) {
        Set<String> ofEntities = new LinkedHashSet<>();
        Set<String> ofRepositories = new LinkedHashSet<>();
        Set<String> ofTransactions = new LinkedHashSet<>();
        for (ReactorModule m : merged.modules()) {
            if (entities.stream().anyMatch(e -> e.module() != null && e.module().artifactId().equals(m.artifactId()))) ofEntities.add(m.artifactId());
            if (repositories.stream().anyMatch(r -> r.module() != null && r.module().artifactId().equals(m.artifactId()))) ofRepositories.add(m.artifactId());
            if (transactions.stream().anyMatch(t -> m.equals(merged.moduleOf(t.className())))) ofTransactions.add(m.artifactId());
        }
        log.info("context-pack: aggregated pack of " + merged.modules().size() + " modules: entities from " + names(ofEntities)
                + "; repositories from " + names(ofRepositories) + "; @Transactional from " + names(ofTransactions) + ".");
    }

    private static String names(Set<String> modules) {
        return modules.isEmpty() ? "none" : String.join(", ", modules);
    }
}
