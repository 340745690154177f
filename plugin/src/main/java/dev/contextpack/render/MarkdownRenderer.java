package dev.contextpack.render;

import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The Markdown pages: an index and one page per entity. Templates come from the user's
 * {@code templateDirectory} first, file by file, then from the bundled templates artifact.
 */
public final class MarkdownRenderer {

    public static final String INDEX = "README.md";
    public static final String ENTITY_DIR = "entities/";
    public static final String REPOSITORY_DIR = "repositories/";
    public static final String CONVENTIONS = "conventions.md";
    static final String TEMPLATE_ROOT = "/dev/contextpack/templates";

    public static final String PACKAGE_DIR = "packages/";
    public static final String LLMS_TXT = "llms.txt";

    private final Configuration freemarker;
    private final Path templateDirectory;
    private final int maxTokensPerFile;
    private final boolean compact;
    private final boolean llmsTxt;

    public MarkdownRenderer(Path templateDirectory) {
        this(templateDirectory, RenderOptions.DEFAULT);
    }

    public MarkdownRenderer(Path templateDirectory, RenderOptions options) {
        this.templateDirectory = templateDirectory;
        this.maxTokensPerFile = options.maxTokensPerFile();
        this.compact = options.compact();
        this.llmsTxt = options.llmsTxt();
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setBooleanFormat("c");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templateDirectory != null) {
            if (!Files.isDirectory(templateDirectory)) {
                throw new IllegalArgumentException("templateDirectory " + templateDirectory
                        + " does not exist: create it with the templates you override, or remove the parameter.");
            }
            try {
                loaders.add(new FileTemplateLoader(templateDirectory.toFile()));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read templateDirectory " + templateDirectory + ": " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(MarkdownRenderer.class.getClassLoader(), TEMPLATE_ROOT));
        MultiTemplateLoader multi = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
        multi.setSticky(false);
        freemarker.setTemplateLoader(multi);
    }

    public List<PackFile> render(ContextPack pack, Header header) {
        Map<String, Object> common = new HashMap<>();
        common.put("pack", pack);
        common.put("compact", compact);
        common.put("header", header.text());
        common.put("entityDir", ENTITY_DIR);
        common.put("yamlFile", YamlRenderer.FILE);
        Map<String, Entity> byName = new HashMap<>();
        pack.entities().forEach(e -> byName.put(e.name(), e));
        common.put("entitiesByName", byName);
        common.put("modules", ModuleRow.of(pack));
        List<PackFile> files = new ArrayList<>();
        Map<String, Object> index = new HashMap<>(common);
        List<DiagramEdge> edges = Diagram.edges(pack);
        index.put("edges", edges.size() > Diagram.MAX_EDGES ? List.of() : edges);
        index.put("diagramTooLarge", edges.size() > Diagram.MAX_EDGES);
        index.put("maxEdges", Diagram.MAX_EDGES);
        String indexText = process("index.md.ftl", index);
        if (maxTokensPerFile > 0 && Tokens.count(indexText) > maxTokensPerFile) {
            // too large for one read: the index lists packages, each package gets its own page
            files.addAll(packagePages(pack, common, index, edges));
            indexText = process("index.md.ftl", index);
        }
        files.add(0, new PackFile(INDEX, indexText));
        if (llmsTxt) {
            Map<String, Object> model = new HashMap<>(common);
            model.put("packages", index.get("packages"));
            model.put("repositoryDir", REPOSITORY_DIR);
            files.add(new PackFile(LLMS_TXT, process("llms.txt.ftl", model)));
        }
        files.add(new PackFile(CONVENTIONS, process("conventions.md.ftl", new HashMap<>(common))));
        // by class, in the pack's order: a per-page scan of every finding grows with N² (issue 7)
        Map<String, List<Finding>> findingsByClass = new HashMap<>();
        for (Finding f : pack.findings()) {
            if (f.className() != null) findingsByClass.computeIfAbsent(f.className(), k -> new ArrayList<>()).add(f);
        }
        for (dev.contextpack.model.Repository repository : pack.repositories()) {
            Map<String, Object> model = new HashMap<>(common);
            model.put("repository", repository);
            model.put("repositoryFindings", findingsByClass.getOrDefault(repository.className(), List.of()));
            files.add(new PackFile(REPOSITORY_DIR + repository.name() + ".md", process("repository.md.ftl", model)));
        }
        // by entity, in the pack's order: a per-page scan of every edge and every finding grows with N²
        // (issue 7: the findings filter in the template took seconds at 2,000 entities)
        Map<String, List<DiagramEdge>> edgesByEntity = new HashMap<>();
        for (DiagramEdge edge : edges) {
            edgesByEntity.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
            if (!edge.to().equals(edge.from())) edgesByEntity.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
        }
        PanachePages panache = PanachePages.of(pack);
        for (Entity entity : pack.entities()) {
            Map<String, Object> model = new HashMap<>(common);
            panache.put(entity, model);
            model.put("entity", entity);
            // each page draws its own neighbourhood, so large models still get a diagram per entity
            model.put("edges", edgesByEntity.getOrDefault(entity.name(), List.of()));
            model.put("entityFindings", findingsByClass.getOrDefault(entity.className(), List.of()));
            model.put("incoming", entity.deleteImpact() == null ? List.of() : entity.deleteImpact().references());
            files.add(new PackFile(ENTITY_DIR + pageName(entity.name()) + ".md", process("entity.md.ftl", model)));
        }
        return files;
    }

    /** A package's page when the index is split: its name, its entities, the page's path in the pack. */
    public record PackagePage(String name, List<String> entities, String file) {
    }

    private List<PackFile> packagePages(ContextPack pack, Map<String, Object> common, Map<String, Object> index, List<DiagramEdge> edges) {
        Map<String, List<Entity>> byPackage = new java.util.TreeMap<>();
        for (Entity e : pack.entities()) {
            int dot = e.className().lastIndexOf('.');
            byPackage.computeIfAbsent(dot < 0 ? "(default package)" : e.className().substring(0, dot), k -> new ArrayList<>()).add(e);
        }
        List<PackagePage> pages = new ArrayList<>();
        List<PackFile> files = new ArrayList<>();
        List<String> packagedClasses = new ArrayList<>();
        for (Map.Entry<String, List<Entity>> p : byPackage.entrySet()) {
            List<String> names = p.getValue().stream().map(Entity::name).toList();
            java.util.Set<String> classes = new java.util.HashSet<>();
            p.getValue().forEach(e -> classes.add(e.className()));
            packagedClasses.addAll(classes);
            PackagePage page = new PackagePage(p.getKey(), names, PACKAGE_DIR + p.getKey() + ".md");
            pages.add(page);
            Map<String, Object> model = new HashMap<>(common);
            model.put("package", page);
            model.put("entities", p.getValue());
            model.put("entityDir", "../" + ENTITY_DIR);
            model.put("indexLink", "../" + INDEX);
            model.put("aggregates", pack.aggregates().stream().filter(ag -> names.contains(ag.root())).toList());
            List<DiagramEdge> mine = edges.stream().filter(e -> names.contains(e.from()) || names.contains(e.to())).toList();
            model.put("edges", mine.size() > Diagram.MAX_EDGES ? List.of() : mine);
            model.put("findings", pack.findings().stream().filter(f -> f.className() != null && classes.contains(f.className())).toList());
            files.add(new PackFile(page.file(), process("package.md.ftl", model)));
        }
        index.put("packages", pages);
        index.put("packagedClasses", packagedClasses);
        index.put("maxTokensPerFile", maxTokensPerFile);
        return files;
    }

    /**
     * The body of the managed section in AGENTS.md / CLAUDE.md (without its markers).
     *
     * @param packLink the pack's directory as a link from the file's directory, ending with {@code /}
     */
    public String renderAgentSection(ContextPack pack, Header header, String packLink) {
        return renderAgentSection(pack, header, packLink, true);
    }

    /** @param markers the text sits between markers (AGENTS.md), else it is a whole file with its own header */
    public String renderAgentSection(ContextPack pack, Header header, String packLink, boolean markers) {
        Map<String, Object> model = new HashMap<>();
        model.put("markers", markers);
        model.put("pack", pack);
        model.put("header", "Generated by " + header.generator() + " from the compiled entities. Do not edit between the context-pack markers"
                + " (text outside them is yours): regenerate with `" + header.regenerateCommand() + "`.");
        model.put("packLink", packLink);
        model.put("index", INDEX);
        model.put("entityDir", ENTITY_DIR);
        model.put("repositoryDir", REPOSITORY_DIR);
        model.put("yamlFile", YamlRenderer.FILE);
        model.put("modules", ModuleRow.of(pack));
        // tens of lines, not hundreds: the rest is one link away
        model.put("maxLines", 15);
        model.put("maxNames", 40);
        return process("agents.md.ftl", model);
    }

    private String process(String name, Map<String, Object> model) {
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return normalize(out.toString());
        } catch (IOException | TemplateException e) {
            if (templateDirectory != null && Files.isRegularFile(templateDirectory.resolve(name))) {
                // the user's own template: a problem the user fixes, named with its file (FreeMarker's message has the line)
                throw new IllegalArgumentException("Your template " + templateDirectory.resolve(name) + " failed: " + e.getMessage()
                        + " Fix it there, or delete it to use the bundled one. Nothing was written.", e);
            }
            throw new IllegalStateException("Template " + name + " failed: " + e.getMessage()
                    + " If you override it in templateDirectory, fix it there or delete it to use the bundled one.", e);
        }
    }

    /**
     * The page's file name: the entity name, unless Hibernate accepted a name that is no file name
     * ({@code @Entity(name = "../x")}): such characters become {@code _}, so a page never leaves
     * {@code entities/}.
     */
    static String pageName(String entityName) {
        String name = entityName.replaceAll("[/\\\\:*?\"<>|\\x00-\\x1f]", "_");
        return name.startsWith(".") ? "_" + name : name;
    }

    /** LF endings, no trailing spaces, no runs of blank lines, exactly one final newline. */
    static String normalize(String text) {
        String s = text.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
        return s.strip() + "\n";
    }
}
