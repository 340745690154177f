package dev.contextpack.engine;

import dev.contextpack.boot.BootResult;
import dev.contextpack.boot.MetadataBooter;
import dev.contextpack.derive.Derivation;
import dev.contextpack.extract.BytecodeEntityReader;
import dev.contextpack.extract.MetamodelExtractor;
import dev.contextpack.legacy.HibernateVersions;
import dev.contextpack.legacy.LegacyAnnotation;
import dev.contextpack.legacy.LegacyAnnotations;
import dev.contextpack.legacy.LegacyClasses;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.EventPublisher;
import dev.contextpack.model.Finding;
import dev.contextpack.model.Unverified;
import dev.contextpack.query.HqlChecker;
import dev.contextpack.query.RepositoryReader;
import dev.contextpack.scan.ApplicationFacts;
import dev.contextpack.scan.ApplicationScanner;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.Setting;
import dev.contextpack.render.Header;
import dev.contextpack.render.MarkdownRenderer;
import dev.contextpack.render.PackFile;
import dev.contextpack.render.RenderOptions;
import dev.contextpack.render.Tokens;
import dev.contextpack.render.YamlRenderer;
import dev.contextpack.resolve.ProjectClassLoader;
import dev.contextpack.resolve.ProjectSettings;
import dev.contextpack.resolve.ResolvedSettings;
import dev.contextpack.resolve.SettingsResolver;
import dev.contextpack.scan.ClassFacts;
import dev.contextpack.scan.ClassScanner;
import dev.contextpack.scan.ScanResult;
import dev.contextpack.write.Drift;
import dev.contextpack.write.PackWriter;
import dev.contextpack.write.WriteReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * scan -> resolve -> boot -> extract -> derive -> render -> write. Each step is a package with one
 * job; this class only wires them.
 */
public final class ContextPackEngine {

    public static final String GENERATOR = "context-pack";
    private static final Pattern HIBERNATE_JAR = Pattern.compile("hibernate-core-(.+)\\.jar");

    private final EngineLog log;
    private final RenderOptions options;
    private final int maxTokensPerFile;
    /** Applied to every model this engine builds, before it is rendered or compared (an aggregated build's module attribution). */
    private java.util.function.UnaryOperator<ContextPack> refinement = java.util.function.UnaryOperator.identity();

    public ContextPackEngine(EngineLog log) {
        this(log, RenderOptions.DEFAULT);
    }

    /**
     * @param maxTokensPerFile above this many tokens a page is split (the index by package); 0: never.
     *        Files still above it after splitting are named in a warning.
     */
    public ContextPackEngine(EngineLog log, int maxTokensPerFile) {
        this(log, new RenderOptions(maxTokensPerFile, false, false));
    }

    /** @param options token budget, compact pages, optional outputs */
    public ContextPackEngine(EngineLog log, RenderOptions options) {
        this.log = log;
        this.options = options;
        this.maxTokensPerFile = options.maxTokensPerFile();
    }

    public GenerateResult generate(GenerateRequest request) {
        return generate(request, Suppressions.none());
    }

    /** As {@link #generate(GenerateRequest)}, with the findings the team accepted marked as suppressed. */
    public GenerateResult generate(GenerateRequest request, Suppressions suppressions) {
        ContextPack pack = build(request, suppressions);
        if (pack == null) {
            // a pack written earlier would still claim to describe the module: remove what the plugin wrote
            if (request.outputDirectory() != null && java.nio.file.Files.exists(request.outputDirectory().resolve(PackWriter.MANIFEST))) {
                Drift drift = new PackWriter(log::info).compare(request.outputDirectory(), List.of());
                WriteReport report = new PackWriter(log::info).write(request.outputDirectory(), List.of());
                report.kept().forEach(log::warn);
                log.info("context-pack: removed " + report.deleted().size() + " files of an earlier pack from " + request.outputDirectory());
                return new GenerateResult(null, report, drift);
            }
            return new GenerateResult(null, null);
        }
        List<PackFile> files = render(pack, request);
        Map<String, Integer> tokens = Tokens.of(files);
        // what the directory held before, for a check goal later in the same build: the committed pack may be stale
        Drift drift = new PackWriter(log::info).compare(request.outputDirectory(), files, tokens);
        WriteReport report = new PackWriter(log::info).write(request.outputDirectory(), files, tokens);
        report.kept().forEach(log::warn);
        log.info("context-pack: " + pack.entities().size() + " entities; " + report.written().size() + " files written, "
                + report.unchanged().size() + " unchanged, " + report.deleted().size() + " removed, in " + request.outputDirectory());
        logTokens(tokens);
        return new GenerateResult(pack, report, drift);
    }

    /**
     * Regenerates the pack in memory and compares it with the files in the output directory; writes
     * nothing. A module without entities is current when no earlier pack of the plugin is there.
     */
    public CheckResult check(GenerateRequest request, Suppressions suppressions) {
        ContextPack pack = build(request, suppressions);
        PackWriter writer = new PackWriter();
        if (pack == null) {
            boolean earlier = request.outputDirectory() != null && java.nio.file.Files.exists(request.outputDirectory().resolve(PackWriter.MANIFEST));
            return new CheckResult(null, earlier ? writer.compare(request.outputDirectory(), List.of()) : new Drift(List.of(), List.of(), List.of()));
        }
        List<PackFile> files = render(pack, request);
        return new CheckResult(pack, writer.compare(request.outputDirectory(), files, Tokens.of(files)));
    }

    /** Every file's tokens in the log (not in the pages: a tokenizer update would rewrite them all), and the files over the limit. */
    private void logTokens(Map<String, Integer> tokens) {
        int total = tokens.values().stream().mapToInt(Integer::intValue).sum();
        log.info("context-pack: " + total + " tokens (" + Tokens.ENCODING + ") in " + tokens.size() + " files"
                + (maxTokensPerFile > 0 ? ", at most " + maxTokensPerFile + " per file asked" : "") + ":");
        tokens.forEach((path, n) -> log.info("context-pack:   " + n + " tokens  " + path));
        if (maxTokensPerFile <= 0) return;
        tokens.forEach((path, n) -> {
            if (n <= maxTokensPerFile) return;
            String why = path.equals(dev.contextpack.render.YamlRenderer.FILE) ? "the YAML holds every fact for tools and is never split"
                    : path.startsWith(MarkdownRenderer.ENTITY_DIR) ? "a page describes one entity and is not split further"
                    : "it is not split further";
            log.warn("context-pack: " + path + " has " + n + " tokens, more than maxTokensPerFile " + maxTokensPerFile + ": " + why + ".");
        });
    }

    /** The files of the pack, in memory: the YAML, then the Markdown pages. */
    public List<PackFile> render(ContextPack pack, GenerateRequest request) {
        Header header = new Header(GENERATOR, request.regenerateCommand());
        List<PackFile> files = new ArrayList<>();
        files.add(new YamlRenderer().render(pack, header));
        files.addAll(new MarkdownRenderer(request.templateDirectory(), options).render(pack, header));
        return files;
    }

    /**
     * A file outside the pack (AGENTS.md, CLAUDE.md) that holds a managed section for this module.
     *
     * @param path where it is
     * @param name how messages name it: its path from the build's top directory
     * @param packLink the pack's directory as a link from the file's directory, ending with {@code /}
     */
    public record AgentFile(Path path, String name, String packLink) {
    }

    /**
     * Sets this module's section of each file to a summary of {@code pack}, or removes it when the
     * module has no pack any more; text outside the markers is kept byte for byte. Returns how each
     * file differed before (for a check later in the same build).
     *
     * @throws dev.contextpack.write.ManagedSection.MarkerException when a file's markers are broken (no file is changed)
     */
    public Drift updateAgentFiles(ContextPack pack, GenerateRequest request, List<AgentFile> files) {
        Drift before = compareAgentFiles(pack, request, files);
        for (AgentFile file : files) {
            String body = pack == null ? null : agentSection(pack, request, file);
            dev.contextpack.write.ManagedFile.Outcome outcome = dev.contextpack.write.ManagedFile.update(file.path(), file.name(), request.module(), body);
            if (outcome != dev.contextpack.write.ManagedFile.Outcome.unchanged) {
                log.info("context-pack: " + file.name() + ": section of " + request.module() + " " + outcome + ".");
            }
        }
        return before;
    }

    /** How the files' sections differ from what {@link #updateAgentFiles} would write; never writes. */
    public Drift compareAgentFiles(ContextPack pack, GenerateRequest request, List<AgentFile> files) {
        Drift drift = new Drift(List.of(), List.of(), List.of());
        for (AgentFile file : files) {
            drift = drift.plus(dev.contextpack.write.ManagedFile.compare(file.path(), file.name(), request.module(),
                    pack == null ? null : agentSection(pack, request, file)));
        }
        return drift;
    }

    /**
     * A whole file for an editor's agent, scoped by globs to the entity packages: GitHub Copilot's
     * {@code .github/instructions/*.instructions.md} ({@code applyTo}) or Cursor's {@code .cursor/rules/*.mdc}
     * ({@code globs}). Its body is the AGENTS.md section; the file is owned through the hash in its header.
     *
     * @param kind {@code copilot} or {@code cursor}
     * @param root the build's top directory, which the globs are relative to
     * @param sourceRoots the module's Java source directories
     * @param packLink the pack's directory as a link from the file's directory, ending with {@code /}
     */
    public record ToolFile(String kind, Path path, String name, Path root, List<Path> sourceRoots, String packLink) {
    }

    /** Writes each tool file that is absent or still context-pack's own and unedited; returns how they differed before. */
    public Drift updateToolFiles(ContextPack pack, GenerateRequest request, List<ToolFile> files) {
        Drift before = compareToolFiles(pack, request, files);
        for (ToolFile file : files) {
            // no entities any more: a file of ours would still point agents at a pack that is gone
            dev.contextpack.write.OwnedFile.Outcome outcome = pack == null ? dev.contextpack.write.OwnedFile.removeIfOwned(file.path())
                    : dev.contextpack.write.OwnedFile.update(file.path(), toolFileText(pack, request, file));
            // without entities, a file context-pack does not own (or no longer owns) stays without a word
            if (pack == null && outcome != dev.contextpack.write.OwnedFile.Outcome.removed) continue;
            switch (outcome) {
                case unchanged -> { }
                case notOurs -> log.warn("context-pack: " + file.name() + " was not written by context-pack (no context-pack header); it was left as is."
                        + " Rename it, or delete it to let context-pack write it.");
                case editedByHand -> log.warn("context-pack: " + file.name() + " was edited by hand since context-pack wrote it; it was left as is."
                        + " Move your text to a file of your own and delete this one to regenerate it.");
                default -> log.info("context-pack: " + file.name() + " " + outcome + ".");
            }
        }
        return before;
    }

    /** How the tool files differ from what {@link #updateToolFiles} would write; never writes. */
    public Drift compareToolFiles(ContextPack pack, GenerateRequest request, List<ToolFile> files) {
        Drift drift = new Drift(List.of(), List.of(), List.of());
        for (ToolFile file : files) {
            if (pack == null) {
                if (dev.contextpack.write.OwnedFile.isOwned(file.path())) drift = drift.plus(new Drift(List.of(), List.of(), List.of(file.name())));
                continue;
            }
            drift = drift.plus(dev.contextpack.write.OwnedFile.compare(file.path(), file.name(), toolFileText(pack, request, file)));
        }
        return drift;
    }

    String toolFileText(ContextPack pack, GenerateRequest request, ToolFile file) {
        Header header = new Header(GENERATOR, request.regenerateCommand());
        String body = new MarkdownRenderer(request.templateDirectory()).renderAgentSection(pack, header, file.packLink(), false);
        String globs = String.join(",", globs(pack, file));
        String front = file.kind().equals("cursor")
                ? "---\ndescription: JPA data layer of " + pack.module() + ": entities, relationships, repositories and the rules for changes\n"
                        + "globs: " + globs + "\nalwaysApply: false\n---\n"
                : "---\napplyTo: \"" + globs + "\"\n---\n";
        return dev.contextpack.write.OwnedFile.text(front, header.text(), body);
    }

    /** One glob per entity package and source directory that holds it, relative to the build's top directory. */
    static List<String> globs(ContextPack pack, ToolFile file) {
        Set<String> packages = new TreeSet<>();
        for (Entity e : pack.entities()) {
            int dot = e.className().lastIndexOf('.');
            packages.add(dot < 0 ? "" : e.className().substring(0, dot).replace('.', '/'));
        }
        Set<String> globs = new TreeSet<>();
        for (String pkg : packages) {
            List<Path> holding = file.sourceRoots().stream().filter(r -> java.nio.file.Files.isDirectory(r.resolve(pkg))).toList();
            for (Path sourceRoot : holding.isEmpty() ? file.sourceRoots() : holding) {
                String dir = file.root().relativize(sourceRoot.resolve(pkg).toAbsolutePath().normalize()).toString().replace('\\', '/');
                globs.add((dir.isEmpty() ? "" : dir + "/") + "**");
            }
        }
        return List.copyOf(globs);
    }

    private String agentSection(ContextPack pack, GenerateRequest request, AgentFile file) {
        return new MarkdownRenderer(request.templateDirectory()).renderAgentSection(pack, new Header(GENERATOR, request.regenerateCommand()),
                file.packLink());
    }

    /**
     * This engine, with {@code refinement} applied to each model it builds (after the findings are
     * suppressed and logged): an aggregated build adds the module of each class and its own findings.
     */
    public ContextPackEngine refining(java.util.function.UnaryOperator<ContextPack> refinement) {
        this.refinement = refinement;
        return this;
    }

    /** The model alone, without rendering or writing; null when the module has no entity. */
    public ContextPack build(GenerateRequest request) {
        return build(request, Suppressions.none());
    }

    public ContextPack build(GenerateRequest request, Suppressions suppressions) {
        ContextPack pack = model(request, suppressions);
        return pack == null ? null : refinement.apply(pack);
    }

    private ContextPack model(GenerateRequest request, Suppressions suppressions) {
        ClassLoader pluginLoader = ContextPackEngine.class.getClassLoader();
        // Hibernate 5/6 annotations are read from the classes as compiled, before they are converted for Hibernate 7
        LegacyAnnotations.Found found = LegacyAnnotations.read(request.classesDirectory(), request.packages(), pluginLoader);
        try (LegacyClasses classes = LegacyClasses.prepare(request.classesDirectory(), found)) {
            if (classes.javax()) {
                log.info("context-pack: the module uses javax.persistence; its classes and its dependencies' are mapped to jakarta.persistence"
                        + " as they load, for the plugin's Hibernate ORM " + org.hibernate.Version.getVersionString() + ".");
            }
            try {
                return build(request, suppressions, classes, found);
            } catch (dev.contextpack.scan.ScanException e) {
                // a message about a class file names the module's directory, not the temporary copy
                if (classes.classesDirectory().equals(request.classesDirectory())) throw e;
                throw new dev.contextpack.scan.ScanException(e.getMessage().replace(classes.classesDirectory().toString(),
                        request.classesDirectory().toString()), e);
            }
        }
    }

    private ContextPack build(GenerateRequest request, Suppressions suppressions, LegacyClasses classes, LegacyAnnotations.Found found) {
        List<LegacyAnnotation> legacy = found.annotations();
        ClassLoader pluginLoader = ContextPackEngine.class.getClassLoader();
        ClassScanner scanner = new ClassScanner(name -> pluginLoader.getResource(name.replace('.', '/') + ".class") != null);
        ScanResult scan = scanner.scan(classes.classesDirectory(), request.packages());
        if (scan.isEmpty()) {
            log.info("context-pack: no JPA entity in " + request.classesDirectory() + (request.packages().isEmpty() ? "" : " under packages " + request.packages())
                    + "; nothing to generate.");
            return null;
        }
        List<Path> classpath = classes.classpath(request.classpath());
        scan = scanner.withListenersFrom(scan, classpath);
        dev.contextpack.scan.MethodBodies bodies = dev.contextpack.scan.MethodBodies.read(classes.classesDirectory());
        try (ProjectClassLoader project = new ProjectClassLoader(classpath, pluginLoader, classes.jarTransformer())) {
            // Quarkus's application-prod.* is its prod profile, which the model is built with
            ProjectSettings files = dev.contextpack.resolve.QuarkusSettings.withProdProfileFile(ProjectSettings.read(request.classesDirectory()),
                    ProjectSettings.profiles(request.classesDirectory()), project);
            ResolvedSettings resolved = new SettingsResolver().resolve(request.overrides(), files, scan, project, request.classpath());
            // a Hibernate 5 application: Hibernate 7 is booted with the settings that make it apply Hibernate 5's rules itself
            String projectVersion = projectHibernateVersion(request.classpath());
            Map<String, String> configured = new java.util.TreeMap<>(resolved.hibernateProperties());
            String newGenerators = files.get("spring.jpa.hibernate.use-new-id-generator-mappings");
            if (newGenerators != null) configured.putIfAbsent("hibernate.id.new_generator_mappings", newGenerators);
            Map<String, String> versionSettings = HibernateVersions.bootSettings(projectVersion, configured);
            Map<String, String> bootProperties = new java.util.TreeMap<>(resolved.hibernateProperties());
            bootProperties.putAll(versionSettings);
            ResolvedSettings settings = new ResolvedSettings(resolved.framework(), resolved.dialect(), resolved.databaseVersion(),
                    resolved.physicalNamingStrategy(), resolved.implicitNamingStrategy(), java.util.Collections.unmodifiableMap(bootProperties),
                    resolved.settings(), resolved.findings());
            Set<String> others = new TreeSet<>(scan.mappedSuperclasses());
            others.addAll(scan.embeddables());
            others.addAll(scan.converters());
            List<Entity> entities = new ArrayList<>();
            List<Finding> extractionFindings = new ArrayList<>();
            // entities Hibernate could not boot (or whose model could not be read), with the reason, by class
            java.util.Map<String, Unverified> toDescribe = new java.util.TreeMap<>();
            ApplicationFacts application = new ApplicationScanner().scan(classes.classesDirectory(), request.packages());
            RepositoryReader.Result queries = null;
            dev.contextpack.query.PanacheReader.Result panache = null;
            Set<String> bootEntities = entityClasses(scan, project);
            BootResult boot = new MetadataBooter().boot(new MetadataBooter.Input(bootEntities, others, scan.mappingFiles(),
                    dev.contextpack.scan.EntityReferences.of(scan, bootEntities), dev.contextpack.scan.EntityReferences.mentions(scan, bootEntities),
                    scan.xmlEntities()),
                    settings, project);
            // declared @Table names of the entities Hibernate left out, under the real physical naming strategy (needs the boot's registry)
            java.util.Map<dev.contextpack.model.TableRef, dev.contextpack.model.TableRef> physicalTables = new java.util.HashMap<>();
            try (boot) {
                for (String dropped : boot.dropped()) {
                    toDescribe.putIfAbsent(dropped, boot.reasons().getOrDefault(dropped, new Unverified("rejected", null, null,
                            "Hibernate left it out of its model (see the findings).", "Fix the mapping the findings name and rebuild.", null, List.of())));
                }
                if (boot.metadata() != null) {
                    // the extraction may load project classes through Hibernate: same context class loader as the boot
                    Thread thread = Thread.currentThread();
                    ClassLoader previous = thread.getContextClassLoader();
                    thread.setContextClassLoader(project);
                    try {
                        MetamodelExtractor extractor = new MetamodelExtractor(boot.metadata(), boot.dialect(), scan, bodies);
                        entities.addAll(extractor.entities());
                        extractionFindings.addAll(extractor.findings());
                        for (String failed : extractor.failed()) {
                            toDescribe.put(failed, new Unverified("extractionFailed", null, null,
                                    "Hibernate booted this entity, but context-pack could not read Hibernate's model of it (see the CP-EXTRACT-FAILED finding).",
                                    "Please report this to context-pack with the mapping; meanwhile the facts below come from the annotations.", null, List.of()));
                        }
                        try (HqlChecker hql = new HqlChecker(boot.metadata())) {
                            queries = new RepositoryReader(project, boot.metadata(), hql, entities, bodies, request.classesDirectory()).read(application);
                            panache = new dev.contextpack.query.PanacheReader(project, boot.metadata(), hql, entities)
                                    .read(application, request.classesDirectory(), request.classpath());
                            ClassShapeFacts.Result shaped = ClassShapeFacts.of(entities,
                                    dev.contextpack.scan.ClassShapes.read(classes.classesDirectory(), scan.entities()), bodies, boot.metadata(), hql::sessionFactory, hql::unavailable);
                            entities.clear();
                            entities.addAll(shaped.entities());
                            extractionFindings.addAll(shaped.findings());
                        }
                    } finally {
                        thread.setContextClassLoader(previous);
                    }
                }
                dev.contextpack.boot.PhysicalNames names = dev.contextpack.boot.PhysicalNames.of(boot, settings, project);
                for (String className : toDescribe.keySet()) {
                    ClassFacts facts = scan.classes().get(className);
                    dev.contextpack.model.TableRef declared = facts == null ? null : BytecodeEntityReader.declaredTable(facts);
                    dev.contextpack.model.TableRef physical = declared == null || names == null ? null : names.table(declared);
                    if (physical != null) physicalTables.put(declared, physical);
                }
            }
            // targets of their associations are named as Hibernate named the verified entities
            java.util.Map<String, String> entityNames = new java.util.HashMap<>();
            entities.forEach(e -> entityNames.put(e.className(), e.name()));
            BytecodeEntityReader bytecode = new BytecodeEntityReader(scan, bodies, entityNames, t -> physicalTables.get(t));
            for (java.util.Map.Entry<String, Unverified> e : toDescribe.entrySet()) entities.add(bytecode.read(e.getKey(), e.getValue()));
            if (!toDescribe.isEmpty()) entities = new ArrayList<>(BytecodeEntityReader.linkPartners(entities));
            if (queries == null) {
                // no verified model: repositories are still listed, their queries unchecked
                try (HqlChecker none = new HqlChecker(null)) {
                    queries = new RepositoryReader(project, null, none, entities, bodies, request.classesDirectory()).read(application);
                    panache = new dev.contextpack.query.PanacheReader(project, null, none, entities)
                            .read(application, request.classesDirectory(), request.classpath());
                }
            }
            entities = HibernateVersions.restate(entities, projectVersion, versionSettings, scan);
            entities = distinctNames(entities);
            entities.sort(Comparator.comparing(Entity::name));
            Derivation.Derived derived = Derivation.derive(entities, batchSize(settings));
            List<dev.contextpack.model.Repository> repositories = new ArrayList<>(queries.repositories());
            repositories.addAll(panache.repositories());
            repositories.sort(Comparator.comparing(dev.contextpack.model.Repository::name).thenComparing(dev.contextpack.model.Repository::className));
            entities = dev.contextpack.derive.PanacheRules.apply(derived.entities(), panache.panache(), repositories);

            List<Setting> allSettings = new ArrayList<>(settings.settings());
            allSettings.addAll(SettingsResolver.profileSettings(ProjectSettings.profiles(request.classesDirectory())));
            allSettings.add(new Setting("hibernateVersion", org.hibernate.Version.getVersionString(), Provenance.verified,
                    "the Hibernate ORM in context-pack that built this model"));
            allSettings.add(new Setting("projectHibernateVersion", projectVersion == null ? "none on the class path" : projectVersion,
                    Provenance.derived, HibernateVersions.describe(projectVersion)));
            allSettings.addAll(HibernateVersions.settings(projectVersion, versionSettings));

            List<Finding> findings = new ArrayList<>(settings.findings());
            findings.addAll(boot.findings());
            findings.addAll(extractionFindings);
            findings.addAll(derived.findings());
            findings.addAll(setsWithoutEquals(entities, scan));
            findings.addAll(queries.findings());
            findings.addAll(panache.findings());
            queries.crossChecks().forEach(c -> log.warn("context-pack: Spring Data AOT cross-check: " + c));
            findings.addAll(BodyFindings.of(entities, bodies, scan));
            findings.addAll(LegacyAnnotations.findings(legacy, projectVersion));
            findings.addAll(LegacyAnnotations.moveFindings(found));
            findings.addAll(HibernateVersions.findings(entities, projectVersion, settings.dialect(), versionSettings, configured, scan));
            findings.addAll(ObjectMethodFindings.of(entities, bodies, scan));
            for (ScanResult.UnknownAnnotation unknown : scan.unknownHibernateAnnotations()) {
                if (legacy.stream().anyMatch(l -> l.annotation().equals(unknown.annotation()) && l.className().equals(unknown.className())
                        && java.util.Objects.equals(l.member(), unknown.member()))) continue; // reported with its values as CP-LEGACY-ANNOTATION
                findings.add(new Finding("CP-ANNOTATION-UNKNOWN", Finding.Severity.warning, unknown.className(), unknown.member(),
                        "@" + unknown.annotation().substring(unknown.annotation().lastIndexOf('.') + 1) + " (" + unknown.annotation()
                                + ") does not exist in Hibernate ORM " + org.hibernate.Version.getVersionString()
                                + ", so Hibernate ignores it and the pack does not reflect it. Replace it with its Hibernate 7 equivalent."));
            }
            findings.sort(Comparator.comparing((Finding f) -> f.className() == null ? "" : f.className())
                    .thenComparing(f -> f.member() == null ? "" : f.member()).thenComparing(Finding::code));
            findings = new ArrayList<>(suppressions.apply(findings));
            for (Finding f : findings) {
                if (f.severity() != Finding.Severity.info && f.suppressed() == null) {
                    log.warn("[" + f.code() + "] " + (f.className() == null ? "" : f.className() + (f.member() == null ? "" : "." + f.member()) + ": ") + f.message());
                }
            }
            return new ContextPack(ContextPack.FORMAT_VERSION, GENERATOR, request.module(), List.copyOf(allSettings),
                    List.copyOf(entities), derived.aggregates(), distinctRepositoryNames(List.copyOf(repositories)), queries.bases(), queries.namedQueries(),
                    application.transactions(), publishers(application, entities), application.eventHandlers(), panache.panache(), List.copyOf(findings));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot close the project class loader: " + e.getMessage(), e);
        }
    }

    /** Domain event publishers named by their entity. */
    private static List<EventPublisher> publishers(ApplicationFacts application, List<Entity> entities) {
        List<EventPublisher> publishers = new ArrayList<>();
        for (EventPublisher p : application.eventPublishers()) {
            String entity = entities.stream().filter(e -> e.className().equals(p.className())).map(Entity::name).findFirst().orElse(null);
            publishers.add(new EventPublisher(entity, p.className(), p.method(), p.afterPublication(), p.provenance()));
        }
        return List.copyOf(publishers);
    }

    /**
     * The entities Hibernate gets: the module's, or only those a persistence unit lists when it says
     * {@code exclude-unlisted-classes}; listed classes from dependency jars are added when loadable.
     */
    private Set<String> entityClasses(ScanResult scan, ClassLoader project) {
        Set<String> entities = new TreeSet<>(scan.entities());
        if (scan.persistenceUnits().isEmpty()) return entities;
        dev.contextpack.scan.PersistenceUnit unit = scan.persistenceUnits().get(0);
        if (unit.excludeUnlistedClasses()) entities.retainAll(unit.classes());
        for (String listed : unit.classes()) {
            if (!scan.classes().containsKey(listed) && project.getResource(listed.replace('.', '/') + ".class") != null) {
                entities.add(listed);
                log.debug("context-pack: " + listed + " is listed in persistence.xml and comes from a dependency");
            }
        }
        return entities;
    }

    /**
     * Two classes may claim one entity name (Hibernate then rejects one of them): the one described
     * from annotations is named by its class, so each page has its own file.
     */
    private static List<Entity> distinctNames(List<Entity> entities) {
        java.util.Set<String> verified = new java.util.HashSet<>();
        entities.stream().filter(e -> e.provenance() == Provenance.verified).forEach(e -> verified.add(e.name()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Entity> distinct = new ArrayList<>();
        for (Entity e : entities) {
            boolean clash = e.provenance() != Provenance.verified && verified.contains(e.name()) || !seen.add(e.name());
            distinct.add(clash ? e.withName(e.className()) : e);
        }
        return distinct;
    }

    /**
     * Two interfaces of different packages may share a simple name (each module of an aggregated build
     * its own {@code UserRepository}): each is then named by its class, so each has its own page.
     */
    static List<dev.contextpack.model.Repository> distinctRepositoryNames(List<dev.contextpack.model.Repository> repositories) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        repositories.forEach(r -> counts.merge(r.name(), 1L, Long::sum));
        if (counts.values().stream().allMatch(n -> n == 1)) return repositories;
        List<dev.contextpack.model.Repository> distinct = new ArrayList<>();
        for (dev.contextpack.model.Repository r : repositories) distinct.add(counts.get(r.name()) > 1 ? r.withName(r.className()) : r);
        distinct.sort(Comparator.comparing(dev.contextpack.model.Repository::name).thenComparing(dev.contextpack.model.Repository::className));
        return List.copyOf(distinct);
    }

    /**
     * An entity kept in a Set without its own equals/hashCode is compared by identity: two
     * instances of the same row (one detached, one loaded) are both kept.
     */
    private static List<Finding> setsWithoutEquals(List<Entity> entities, ScanResult scan) {
        java.util.Map<String, String> classOf = new java.util.HashMap<>();
        entities.forEach(e -> classOf.putIfAbsent(e.name(), e.className()));
        java.util.Set<String> reported = new java.util.TreeSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Entity e : entities) {
            for (dev.contextpack.model.Attribute a : e.attributes()) {
                var as = a.association();
                // an inherited attribute is reported on the entity that declares it
                if (as == null || !"set".equals(as.collectionType())
                        || !a.declaredIn().equals(e.className()) && classOf.containsValue(a.declaredIn()) || !reported.add(as.target())) continue;
                String target = classOf.get(as.target());
                boolean declares = false;
                for (ClassFacts c = scan.classes().get(target); c != null; c = c.superclass() == null ? null : scan.classes().get(c.superclass())) {
                    declares |= c.declaresEqualsAndHashCode();
                }
                if (target != null && scan.classes().containsKey(target) && !declares) {
                    findings.add(new Finding("CP-TRAP-SET-WITHOUT-EQUALS", Finding.Severity.info, target, null,
                            as.target() + " is kept in Sets (`" + e.name() + "." + a.name() + "`) but neither it nor a superclass declares equals and hashCode:"
                                    + " two instances of the same row are two elements. If you add them, base them on a business key or handle a null"
                                    + " generated id, or the element is lost from the Set when the id is assigned."));
                }
            }
        }
        return findings;
    }

    private static int batchSize(ResolvedSettings settings) {
        try {
            String value = settings.hibernateProperties().get("hibernate.default_batch_fetch_size");
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String projectHibernateVersion(List<Path> classpath) {
        for (Path element : classpath) {
            Path name = element.getFileName();
            if (name == null) continue;
            Matcher m = HIBERNATE_JAR.matcher(name.toString());
            if (m.matches()) return m.group(1);
        }
        return null;
    }
}
