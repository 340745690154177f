package dev.contextpack.derive;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;
import dev.contextpack.model.Identifier;
import dev.contextpack.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives what a change must respect from owning side, cascade and FK nullability together. A
 * sentence is only written when the facts behind it hold: "adding to the inverse side writes
 * nothing" is wrong when that side cascades PERSIST (then the new row is inserted with a NULL
 * foreign key, or the insert fails on a NOT NULL column), so the two cases get different rules.
 */
public final class RuleDeriver {

    private static final Set<String> PRIMITIVES = Set.of("int", "long", "short", "byte", "boolean", "char", "float", "double");

    /** How many rows one extra select loads for a lazy or eager to-one, from hibernate.default_batch_fetch_size. */
    private final int batchSize;

    public RuleDeriver() {
        this(1);
    }

    public RuleDeriver(int batchSize) {
        this.batchSize = batchSize;
    }

    public List<Entity> derive(List<Entity> entities) {
        Map<String, Entity> byName = entities.stream().collect(Collectors.toMap(Entity::name, Function.identity(), (first, second) -> first));
        List<Entity> derived = new ArrayList<>();
        for (Entity e : entities) {
            // rules rest on verified facts (owning side, FK nullability): none for an entity Hibernate did not boot
            if (e.identifier() == null || e.unverified() != null) {
                derived.add(e);
                continue;
            }
            List<Rule> rules = new ArrayList<>();
            identifierRules(e, rules);
            for (var v : e.automaticValues()) {
                if (e.identifier() != null && v.attribute().equals(e.identifier().attribute()) || v.attribute().equals(e.versionAttribute())) continue;
                rules.add(new Rule("automatic", v.attribute(), "Do not set " + code(e, v.attribute()) + ": " + v.setBy() + " sets it on " + v.when() + "."));
            }
            for (var b : e.behaviours()) {
                if (b.member() != null) continue;
                switch (b.name()) {
                    case "@SQLRestriction" -> rules.add(new Rule("reading", null, "Every query, find() and association of " + e.name()
                            + " only sees rows where `" + b.detail() + "`; only native SQL sees the others."));
                    case "@Filter" -> rules.add(new Rule("reading", null, "A session that enables filter " + b.detail().substring(0, b.detail().indexOf(':'))
                            + " sees only the " + e.name() + " rows where `" + b.detail().substring(b.detail().indexOf(':') + 2) + "`; other sessions see all."));
                    case "@Immutable" -> rules.add(new Rule("writing", null, "Changes to a loaded " + e.name() + " are silently not written (@Immutable);"
                            + " an HQL update of it fails. Create a new row instead."));
                    default -> { }
                }
            }
            if (e.deleteImpact() != null && e.deleteImpact().softDelete() != null) {
                rules.add(new Rule("delete", null, "remove() on " + a(e.name()) + " does not delete the row (" + e.deleteImpact().softDelete()
                        + "); plain queries no longer see it, native SQL still does."));
            }
            if (e.deleteImpact() != null && !e.deleteImpact().blocking().isEmpty()) {
                rules.add(new Rule("delete", null, "Before removing " + a(e.name()) + ", delete or re-point the rows of "
                        + e.deleteImpact().blocking().stream().map(r -> "`" + r.key().table() + "." + String.join(", ", r.key().columns()) + "`")
                        .distinct().collect(Collectors.joining(", ")) + " that reference it: nothing removes them and the foreign key blocks the delete."));
            }
            required(e, rules);
            for (Attribute a : e.attributes()) {
                if (a.association() != null) associationRules(e, a, byName, rules);
                if (a.elementCollection() != null) elementCollectionRules(e, a, rules);
                if (a.embedded() != null) embeddedRules(e, a.name() + ".", a.embedded().attributes(), byName, rules);
            }
            derived.add(e.withRules(List.copyOf(rules)));
        }
        return derived;
    }

    /** Associations inside embeddables carry foreign keys too: same rules, under the attribute's path. */
    private void embeddedRules(Entity e, String prefix, List<Attribute> parts, Map<String, Entity> byName, List<Rule> rules) {
        for (Attribute part : parts) {
            if (part.association() != null) associationRules(e, part.withName(prefix + part.name()), byName, rules);
            if (part.embedded() != null) embeddedRules(e, prefix + part.name() + ".", part.embedded().attributes(), byName, rules);
        }
    }

    private static void identifierRules(Entity e, List<Rule> rules) {
        Identifier id = e.identifier();
        if (id.generation() != null) {
            String what = id.attribute() == null ? "the identifier" : code(e, id.attribute());
            switch (id.generation().strategy()) {
                case "ASSIGNED" -> {
                    List<String> copied = id.mapsId().stream().filter(m -> m.contains(" -> "))
                            .map(m -> m.substring(m.indexOf(" -> ") + 4)).toList();
                    if (copied.isEmpty()) {
                        rules.add(new Rule("generated", id.attribute(), "Set " + what + " before persist: nothing generates it."));
                    } else {
                        List<String> own = id.parts().stream().map(p -> p.name()).filter(p -> !copied.contains(p)).toList();
                        rules.add(new Rule("generated", id.attribute(), "Set " + what + " before persist with "
                                + own.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "))
                                + "; Hibernate copies " + copied.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "))
                                + " from " + id.mapsId().stream().filter(m -> m.contains(" -> "))
                                .map(m -> code(e, m.substring(0, m.indexOf(" -> ")))).collect(Collectors.joining(", ")) + " (@MapsId)."));
                    }
                }
                case "FOREIGN" -> rules.add(new Rule("generated", id.attribute(),
                        "Do not set " + what + ": it is copied from " + String.join(", ", id.mapsId().stream()
                                .map(m -> code(e, m.contains(" ") ? m.substring(0, m.indexOf(' ')) : m)).toList())
                                + " (@MapsId); set that association instead."));
                default -> rules.add(new Rule("generated", id.attribute(),
                        "Do not set " + what + ": it is assigned by " + id.generation().assignedBy()
                                + ". A new entity with its id set is taken for an existing one: persist() rejects it, and merge()"
                                + " (Spring Data's save()) never inserts it: it fails with an OptimisticLockException when no row has"
                                + " that id and overwrites the row when one does."));
            }
        }
        if (e.versionAttribute() != null) {
            rules.add(new Rule("version", e.versionAttribute(), "Do not set " + code(e, e.versionAttribute())
                    + ": Hibernate increments it on every update (a value set by hand on a managed entity is ignored);"
                    + " updating or merging a stale copy fails with an OptimisticLockException."));
        }
    }

    /** Basic attributes whose columns are NOT NULL, that Java does not default and Hibernate does not set. */
    private static void required(Entity e, List<Rule> rules) {
        List<String> required = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            if (a.association() != null || a.elementCollection() != null || a.version()) continue;
            // the framework sets these (see "Set automatically"), or a @PrePersist callback's code does
            if (e.automaticValues().stream().anyMatch(v -> v.attribute().equals(a.name()))) continue;
            if (e.callbacks().stream().anyMatch(c -> "PrePersist".equals(c.event()) && c.sets().contains(a.name()))) continue;
            if (a.embedded() != null) {
                for (Attribute part : a.embedded().attributes()) {
                    String path = a.name() + "." + part.name();
                    if (isRequired(part) && e.automaticValues().stream().noneMatch(v -> v.attribute().equals(path))) required.add(path);
                }
            } else if (isRequired(a)) {
                required.add(a.name());
            }
        }
        if (!required.isEmpty()) {
            List<String> prePersist = e.callbacks().stream().filter(c -> "PrePersist".equals(c.event()) && c.method() != null && c.sets().isEmpty())
                    .map(c -> "`" + c.declaredIn().substring(c.declaredIn().lastIndexOf('.') + 1) + "." + c.method() + "`").toList();
            rules.add(new Rule("required", null, "NOT NULL without a default, so each must hold a value at insert: "
                    + required.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", "))
                    + (prePersist.isEmpty() ? "." : ". The @PrePersist callback " + String.join(", ", prePersist)
                    + " runs just before the insert; its code sets none of them.")));
        }
    }

    private static boolean isRequired(Attribute a) {
        if (a.columns().isEmpty() || PRIMITIVES.contains(a.javaType())) return false;
        return a.columns().stream().anyMatch(c -> !c.nullable() && c.defaultValue() == null && c.formula() == null
                && !Boolean.FALSE.equals(c.insertable()));
    }

    private void associationRules(Entity e, Attribute a, Map<String, Entity> byName, List<Rule> rules) {
        Association as = a.association();
        String self = code(e, a.name());
        boolean collection = as.kind().endsWith("ToMany");
        boolean persists = as.cascade().operations().contains("PERSIST");
        String columns = columns(as);
        if (!as.owningSide() && as.mappedBy() != null) {
            String partner = "`" + as.target() + "." + as.mappedBy() + "`";
            rules.add(new Rule("link", a.name(), self + " is the inverse side of " + partner + ": the link is stored in "
                    + columns + " and only " + partner + " writes it."));
            String add = collection ? "Adding " + a(as.target()) + " to " + self : "Setting " + self;
            Association owner = partnerOf(as, byName);
            if (persists && owner != null && owner.sharedPrimaryKey()) {
                rules.add(new Rule("link", a.name(), add + " alone cascades PERSIST to a new " + as.target()
                        + ", which then fails: its id is copied from " + partner + " (@MapsId), which is null. Set " + partner + " as well."));
            } else if (persists && as.joinTable() == null) {
                boolean notNull = as.joinColumns().stream().anyMatch(c -> !c.nullable()) || (owner != null && !owner.optional());
                rules.add(new Rule("link", a.name(), add + " alone cascades PERSIST to a new " + as.target() + ", but "
                        // which exception depends on hibernate.check_nullability (off when Bean Validation is present)
                        + (notNull ? "the new row is rejected: " + partner + " is required (" + columns + " is NOT NULL)"
                        : "inserts it with " + columns + " NULL")
                        + ": set " + partner + " as well."));
            } else if (persists) {
                rules.add(new Rule("link", a.name(), add + " alone cascades PERSIST to a new " + as.target()
                        + " but writes no row into " + columns + ": add it to " + partner + " as well."));
            } else {
                rules.add(new Rule("link", a.name(), add + " alone writes nothing (a new " + as.target()
                        + " is not even saved): set " + partner + ", and persist a new " + as.target() + " yourself."));
            }
        } else if (as.joinTable() != null) {
            String table = "`" + as.joinTable().table().qualifiedName() + "`";
            rules.add(new Rule("link", a.name(), "Adding " + a(as.target()) + " to " + self + " inserts a row into " + table
                    + "; removing it deletes that row" + (as.cascade().orphanRemoval()
                    ? " and, by orphanRemoval, the " + as.target() + " itself." : ", not the " + as.target() + ".")));
            if ("OneToMany".equals(as.kind())) {
                rules.add(new Rule("link", a.name(), "One-to-many through a join table: " + a(as.target()) + " can be in the "
                        + self + " of one " + e.name() + " only (`" + String.join(", ", as.joinTable().targetColumns())
                        + "` is unique in " + table + ")."));
            }
            if (as.partner() != null) {
                rules.add(new Rule("link", a.name(), "`" + as.target() + "." + as.partner() + "` is the inverse side: changing only it writes nothing to "
                        + table + "; keep both sides in sync in memory."));
            }
        } else if (collection) {
            boolean notNull = as.joinColumns().stream().anyMatch(c -> !c.nullable());
            rules.add(new Rule("link", a.name(), "Adding " + a(as.target()) + " to " + self + " writes " + columns
                    + (notNull ? "; the column is NOT NULL, so add a new " + as.target() + " to " + self
                    + " before persisting it (persisted alone, it is inserted with the column NULL and fails)" : " with an extra UPDATE after the insert")
                    + "; " + as.target() + " has no attribute for that column."));
            if (!as.cascade().orphanRemoval()) {
                // Hibernate 7 writes nothing for the removal when the join column is NOT NULL (checked on H2)
                rules.add(new Rule("link", a.name(), "Removing " + a(as.target()) + " from " + self
                        + (notNull ? " alone writes nothing: the " + as.target() + " keeps " + columns
                        + " and comes back on the next load; delete the " + as.target() + " or add it to another " + e.name() + "'s " + self + "."
                        : " sets " + columns + " to NULL; the " + as.target() + " row stays.")));
            }
        } else if (as.sharedPrimaryKey() && "simple".equals(e.identifier().kind())) {
            rules.add(new Rule("link", a.name(), self + " shares the primary key: the id of this " + e.name()
                    + " is the id of its " + as.target() + "; set " + self + " before persist."));
        } else if (as.sharedPrimaryKey()) {
            rules.add(new Rule("link", a.name(), "The join column" + (as.joinColumns().size() > 1 ? "s " : " ") + columns
                    + " of " + self + " are part of the primary key (@MapsId): set " + self + " before persist; it cannot be changed later."));
        } else {
            rules.add(new Rule("link", a.name(), "Setting " + self + " writes " + columns + "."
                    + (as.partner() != null ? " `" + as.target() + "." + as.partner() + "` is not updated in memory by Hibernate: update it too if this persistence context reads it." : "")));
            if (!as.optional()) {
                rules.add(new Rule("required", a.name(), "Set " + self + " before insert: it is not optional"
                        + (as.joinColumns().stream().anyMatch(c -> !c.nullable()) ? " (" + columns + " is NOT NULL)." : ".")));
            }
        }
        cascadeRules(e, a, rules, persists);
        if ("EAGER".equals(as.fetch()) && !as.fetchDeclared()) {
            rules.add(new Rule("fetch", a.name(), self + " loads EAGER by the JPA default for " + as.kind()
                    + " (not declared): every load of " + a(e.name()) + " also loads its " + as.target()
                    + (batchSize > 1 ? ", with a join or one more query per " + batchSize + " rows (hibernate.default_batch_fetch_size)."
                    : ", with a join or one more query per row.")));
        } else if ("EAGER".equals(as.fetch()) && collection) {
            rules.add(new Rule("fetch", a.name(), self + " is declared EAGER: every load of " + a(e.name()) + " also loads all its "
                    + as.target() + " rows."));
        }
    }

    private static void cascadeRules(Entity e, Attribute a, List<Rule> rules, boolean persists) {
        Association as = a.association();
        String self = code(e, a.name());
        List<String> ops = as.cascade().operations();
        boolean owningToOne = as.owningSide() && as.kind().endsWith("ToOne");
        if (!persists && as.owningSide() && !as.sharedPrimaryKey()) {
            String what = as.kind().endsWith("ToMany") ? "a new " + as.target() + " added to " + self : "a new " + as.target() + " set in " + self;
            rules.add(new Rule("cascade", a.name(), "No PERSIST cascade: " + what + " must be persisted first, or the flush fails"
                    + " with a TransientObjectException (JPA wraps it in an IllegalStateException)."));
        }
        if (!ops.isEmpty()) {
            rules.add(new Rule("cascade", a.name(), "Cascades " + String.join(", ", ops) + " from " + e.name() + " to " + self
                    + (ops.contains("REMOVE") ? ": removing " + a(e.name()) + " removes " + (as.kind().endsWith("ToMany") ? "every " : "its ") + as.target()
                    + (owningToOne ? ", even if other rows still reference it" : "") : "") + "."));
        }
        if (as.cascade().orphanRemoval() && as.joinTable() == null) {
            rules.add(new Rule("orphan-removal", a.name(), as.kind().endsWith("ToMany")
                    ? "Removing " + a(as.target()) + " from " + self + " deletes that " + as.target() + " row (orphanRemoval)."
                    : "Replacing or clearing " + self + " deletes the previous " + as.target() + " row (orphanRemoval)."));
        }
    }

    private static void elementCollectionRules(Entity e, Attribute a, List<Rule> rules) {
        var ec = a.elementCollection();
        rules.add(new Rule("element-collection", a.name(), code(e, a.name()) + " is stored in `" + ec.table().qualifiedName()
                + "` and saved and deleted with its " + e.name() + "; its values have no identity of their own"
                + (ec.collectionType().startsWith("bag") ? ", and any change deletes and re-inserts all of this " + e.name() + "'s rows." : ".")));
    }

    /** The owning side of an inverse association, from the target's attribute named by mappedBy. */
    private static Association partnerOf(Association as, Map<String, Entity> byName) {
        Entity target = byName.get(as.target());
        if (target == null || as.mappedBy() == null) return null;
        for (Attribute attribute : target.attributes()) {
            if (attribute.name().equals(as.mappedBy())) return attribute.association();
        }
        return null;
    }

    private static String columns(Association as) {
        if (as.joinTable() != null) return "join table `" + as.joinTable().table().qualifiedName() + "`";
        if (as.joinColumns().isEmpty()) return "the primary key";
        return as.joinColumns().stream().map(c -> c.name() == null ? "formula `" + c.formula() + "`"
                        : "`" + (c.table() != null ? c.table() + "." : "") + c.name() + "`")
                .collect(Collectors.joining(", "));
    }

    /** "a Customer", "an Order": the pages are read as sentences. */
    static String a(String noun) {
        return ("AEIOaeio".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String code(Entity e, String attribute) {
        return "`" + e.name() + "." + attribute + "`";
    }
}
