package dev.contextpack.legacy;

import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Finding;
import dev.contextpack.model.IdGeneration;
import dev.contextpack.model.Identifier;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.Setting;
import dev.contextpack.scan.MemberFacts;
import dev.contextpack.scan.ScanResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The behaviour of the project's own Hibernate where it differs from the plugin's Hibernate 7,
 * which builds the model. Each difference is applied the way that keeps Hibernate 7 the source of
 * truth where it can be: a setting that makes Hibernate 7 apply the old rule itself (implicit
 * sequence names), else a fact restated with provenance {@code derived} (increment size), else a
 * finding that names the affected attributes with the SQL type the project's Hibernate gives them.
 * The table is in docs/hibernate-versions.md; the Hibernate 5 values were measured on Hibernate
 * ORM 5.6.15.Final's boot metamodel.
 */
public final class HibernateVersions {

    static final String DB_STRUCTURE_NAMING = "hibernate.id.db_structure_naming_strategy";
    static final String NEW_GENERATOR_MAPPINGS = "hibernate.id.new_generator_mappings";
    /** {@code 5.6.15.Final}, and {@code jakarta-5.6.15.Final} of Hibernate 5.6's hibernate-core-jakarta. */
    private static final Pattern VERSION = Pattern.compile("^(?:jakarta-)?(\\d+)\\.(\\d+).*");

    /**
     * SQL types Hibernate 5.6 gives where Hibernate 7 gives another one, by dialect family and Java
     * type (basic attributes without an explicit column definition, precision or converter).
     */
    static final Map<String, Map<String, String>> HIBERNATE_5_TYPES = Map.of(
            "postgresql", Map.of("Instant", "timestamp", "OffsetDateTime", "timestamp", "ZonedDateTime", "timestamp",
                    "Duration", "int8", "BigDecimal", "numeric(19,2)", "enum ORDINAL", "int4", "LocalTime", "time", "OffsetTime", "time"),
            "mysql", Map.ofEntries(Map.entry("Instant", "datetime(6)"), Map.entry("OffsetDateTime", "datetime(6)"),
                    Map.entry("ZonedDateTime", "datetime(6)"), Map.entry("Duration", "bigint"), Map.entry("BigDecimal", "decimal(19,2)"),
                    Map.entry("enum ORDINAL", "integer"), Map.entry("UUID", "binary(255)"), Map.entry("byte[]", "tinyblob"),
                    Map.entry("boolean", "bit"), Map.entry("Boolean", "bit"), Map.entry("LocalTime", "time"), Map.entry("OffsetTime", "time")),
            "h2", Map.of("Instant", "timestamp", "OffsetDateTime", "timestamp", "ZonedDateTime", "timestamp", "Duration", "bigint",
                    "BigDecimal", "numeric(19,2)", "enum ORDINAL", "integer", "UUID", "binary(255)", "byte[]", "varbinary(255)",
                    "LocalTime", "time", "OffsetTime", "time"));

    private HibernateVersions() {
    }

    /** The major version of a hibernate-core version string, or 0 when it cannot be read. */
    static int major(String version) {
        Matcher m = version == null ? null : VERSION.matcher(version);
        return m != null && m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    static int minor(String version) {
        Matcher m = version == null ? null : VERSION.matcher(version);
        return m != null && m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    /**
     * Settings for the plugin's boot that make Hibernate 7 name implicit id sequences as the project's
     * Hibernate 5 does (one {@code hibernate_sequence}; 5.3 and later use a generator's name first),
     * unless the application sets the strategy itself. Empty for Hibernate 6 and later.
     */
    public static Map<String, String> bootSettings(String projectVersion, Map<String, String> configured) {
        if (major(projectVersion) != 5 || configured.containsKey(DB_STRUCTURE_NAMING)
                || "false".equalsIgnoreCase(configured.getOrDefault(NEW_GENERATOR_MAPPINGS, "true").trim())) {
            return Map.of();
        }
        return Map.of(DB_STRUCTURE_NAMING, minor(projectVersion) >= 3 ? "legacy" : "single");
    }

    /** How the pack names the settings it adds for the project's version. */
    public static List<Setting> settings(String projectVersion, Map<String, String> bootSettings) {
        List<Setting> settings = new ArrayList<>();
        bootSettings.forEach((key, value) -> settings.add(new Setting(key, value, Provenance.derived,
                "Hibernate " + projectVersion + "'s implicit sequence naming (hibernate_sequence), given to the plugin's Hibernate "
                        + org.hibernate.Version.getVersionString() + " so that it names the sequences as the application does")));
        return settings;
    }

    /**
     * Restates the facts that Hibernate 5 decides otherwise and no Hibernate 7 setting reproduces: an
     * implicit sequence ({@code @GeneratedValue} without a generator of its own) is allocated one by one
     * under Hibernate 5, by 50 since Hibernate 6.
     */
    public static List<Entity> restate(List<Entity> entities, String projectVersion, Map<String, String> bootSettings, ScanResult scan) {
        if (major(projectVersion) != 5 || bootSettings.isEmpty()) return entities;
        List<Entity> restated = new ArrayList<>();
        for (Entity e : entities) {
            Identifier id = e.identifier();
            IdGeneration g = id == null ? null : id.generation();
            if (g == null || g.provenance() != Provenance.verified || !"SEQUENCE".equals(g.strategy()) || declaresGenerator(e, id, scan)) {
                restated.add(e);
                continue;
            }
            IdGeneration asHibernate5 = new IdGeneration(g.strategy(), g.assignedBy(), g.generatorName(), g.sequence(), g.table(), 1,
                    g.initialValue(), Provenance.derived);
            restated.add(e.withIdentifier(new Identifier(id.kind(), id.attribute(), id.javaType(), id.idClass(), id.columns(), id.parts(),
                    id.mapsId(), asHibernate5)));
        }
        return restated;
    }

    /** A generator annotation on the id or its class: its allocationSize decides in every version. */
    private static boolean declaresGenerator(Entity e, Identifier id, ScanResult scan) {
        for (String annotation : List.of("jakarta.persistence.SequenceGenerator", "jakarta.persistence.TableGenerator",
                "org.hibernate.annotations.GenericGenerator")) {
            MemberFacts member = id.attribute() == null ? null : scan.member(e.className(), id.attribute());
            if (member != null && member.has(annotation)) return true;
            for (String c = e.className(); c != null && scan.classes().get(c) != null; c = scan.classes().get(c).superclass()) {
                if (scan.classes().get(c).annotations().containsKey(annotation)) return true;
            }
        }
        return false;
    }

    /**
     * {@code CP-HIBERNATE-VERSION} findings: the project's Hibernate is older than the one that built the
     * model, and these facts of this entity differ under it.
     */
    public static List<Finding> findings(List<Entity> entities, String projectVersion, String dialect, Map<String, String> bootSettings,
                                         Map<String, String> configured, ScanResult scan) {
        int major = major(projectVersion);
        if (major == 0 || major >= 7) return List.of();
        String plugin = org.hibernate.Version.getVersionString();
        List<Finding> findings = new ArrayList<>();
        if (major == 5 && "false".equalsIgnoreCase(configured.getOrDefault(NEW_GENERATOR_MAPPINGS, "true").trim())) {
            findings.add(new Finding("CP-HIBERNATE-VERSION", Finding.Severity.warning, null, null,
                    "hibernate.id.new_generator_mappings=false: Hibernate " + projectVersion + " maps AUTO ids to its legacy `native` generator"
                            + " (identity or sequence, by dialect), which Hibernate " + plugin + " no longer has; the ids in this pack are Hibernate "
                            + plugin + "'s. Check each generated id against your schema."));
        }
        Map<String, String> types = major == 5 ? HIBERNATE_5_TYPES.get(family(dialect)) : null;
        for (Entity e : entities) {
            List<String> differ = new ArrayList<>();
            IdGeneration g = e.identifier() == null ? null : e.identifier().generation();
            if (g != null && g.provenance() == Provenance.derived && !bootSettings.isEmpty() && "SEQUENCE".equals(g.strategy())) {
                differ.add("the id comes from `" + (g.sequence() != null ? g.sequence() : g.table()) + "`, allocated one by one (Hibernate "
                        + plugin + " would use `" + e.table().name() + "_seq` with increment 50)");
            }
            if (types != null) {
                for (Attribute a : e.attributes()) {
                    String old = hibernate5Type(a, types, e, scan);
                    if (old != null) differ.add("`" + a.columns().get(0).name() + "` is `" + old + "` (Hibernate " + plugin + ": `" + a.columns().get(0).sqlType() + "`)");
                }
            }
            if (differ.isEmpty()) continue;
            findings.add(new Finding("CP-HIBERNATE-VERSION", Finding.Severity.info, e.className(), null,
                    "The application runs Hibernate " + projectVersion + "; this pack is verified by Hibernate " + plugin
                            + ", and under Hibernate " + projectVersion + " " + String.join("; ", differ)
                            + ". A schema created by the application's Hibernate has these; write migrations and native SQL for them."));
        }
        return findings;
    }

    private static String hibernate5Type(Attribute a, Map<String, String> types, Entity e, ScanResult scan) {
        if (a.columns().size() != 1 || a.converter() != null || a.association() != null || a.embedded() != null || a.elementCollection() != null) return null;
        MemberFacts member = scan.member(a.declaredIn(), a.name());
        Map<String, String> column = member == null ? Map.of() : member.annotations().getOrDefault("jakarta.persistence.Column", Map.of());
        if (column.containsKey("columnDefinition") || column.containsKey("precision") || column.containsKey("scale") || a.lob()) return null;
        String key = "ORDINAL".equals(a.enumStorage()) ? "enum ORDINAL" : a.enumStorage() != null ? null : a.javaType();
        String old = key == null ? null : types.get(key);
        if (old == null || same(old, a.columns().get(0).sqlType())) return null;
        return old;
    }

    private static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (t) {
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "int2" -> "smallint";
            default -> t;
        };
    }

    /** The measured dialect family of a dialect class name. */
    static String family(String dialect) {
        String d = dialect == null ? "" : dialect.toLowerCase(Locale.ROOT);
        if (d.contains("postgres")) return "postgresql";
        if (d.contains("mysql")) return "mysql";
        if (d.contains("h2")) return "h2";
        return "";
    }

    /** For the projectHibernateVersion setting: what the version means for the facts of the pack. */
    public static String describe(String projectVersion) {
        int major = major(projectVersion);
        String plugin = org.hibernate.Version.getVersionString();
        if (major == 0 || major >= 7) return "hibernate-core on the project's runtime class path";
        return "hibernate-core on the project's runtime class path; the facts are verified by Hibernate " + plugin
                + ", except where Hibernate " + major + " behaves otherwise: those are restated for Hibernate " + projectVersion
                + " (provenance derived) or named in CP-HIBERNATE-VERSION and CP-LEGACY-ANNOTATION findings";
    }
}
