package dev.contextpack.zoo;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.Column;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.ElementCollection;
import dev.contextpack.model.Entity;
import dev.contextpack.model.ForeignKey;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.SecondaryTable;
import dev.contextpack.model.TableRef;
import dev.contextpack.oracle.H2Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The zoo's pack against the schema Hibernate really creates on H2, read back from H2's
 * INFORMATION_SCHEMA: an oracle independent of the metamodel objects the pack was built from.
 * Every table, column, nullability, size, unique key, primary key, foreign key and sequence the
 * pack states must exist there, and everything there must be in the pack.
 */
class ZooSchemaAgreementTest {

    private static ContextPack pack;
    private static H2Schema.Schema db;
    private static final Map<String, String> keyByTableName = new HashMap<>();

    @BeforeAll
    static void build() {
        pack = ZooTestSupport.pack();
        db = H2Schema.create(ZooEntities.MANAGED, List.of(ZooEntities.ORM_XML));
        tables().forEach(t -> keyByTableName.put(lower(t.name()), key(t)));
    }

    @Test
    void everyEntityIsVerified() {
        assertTrue(pack.findings().stream().noneMatch(f -> f.code().startsWith("CP-BOOT")), () -> pack.findings().toString());
        List<String> names = pack.entities().stream().map(Entity::name).toList();
        assertEquals(ZooEntities.ANNOTATED.size() + 1, names.size(), names::toString);
        assertTrue(names.contains("Donation"), "the orm.xml entity is in the pack");
        pack.entities().forEach(e -> assertEquals(Provenance.verified, e.provenance(), e.name()));
    }

    @Test
    void theTablesAreExactlyTheDatabasesTables() {
        Set<String> packTables = new TreeSet<>();
        tables().forEach(t -> packTables.add(key(t)));
        assertEquals(new TreeSet<>(db.tables().keySet()), packTables);
    }

    @Test
    void everyColumnExistsWithTheSameNullabilityAndSize() {
        List<String> problems = new ArrayList<>();
        forEachColumn(c -> {
            if (c.formula() != null) return;
            H2Schema.Column actual = dbColumn(c, problems);
            if (actual == null) return;
            String where = c.table() + "." + c.name();
            if (actual.nullable() != c.nullable()) problems.add(where + " nullable: pack " + c.nullable() + ", db " + actual.nullable());
            if (c.length() != null && !c.length().equals(actual.characterMaximumLength())) {
                problems.add(where + " length: pack " + c.length() + ", db " + actual.characterMaximumLength());
            }
            if (c.precision() != null && actual.dataType().matches("numeric|decimal")) {
                if (!c.precision().equals(actual.numericPrecision())) problems.add(where + " precision: pack " + c.precision() + ", db " + actual.numericPrecision());
                if (c.scale() != null && !c.scale().equals(actual.numericScale())) problems.add(where + " scale: pack " + c.scale() + ", db " + actual.numericScale());
            }
        });
        assertNoProblems(problems);
    }

    @Test
    void everyDatabaseColumnIsInThePack() {
        Set<String> packColumns = new HashSet<>();
        forEachColumn(c -> packColumns.add(keyOf(c.table()) + "." + lower(c.name())));
        List<String> missing = new ArrayList<>();
        // a TABLE generator's own table: the pack names it in the identifier's generation, its columns are Hibernate's business
        Set<String> generatorTables = new HashSet<>();
        pack.entities().forEach(e -> {
            if (e.identifier() != null && e.identifier().generation() != null && e.identifier().generation().table() != null) {
                generatorTables.add(lower(e.identifier().generation().table()));
            }
        });
        db.tables().forEach((key, table) -> table.columns().keySet().forEach(column -> {
            if (generatorTables.contains(key)) return;
            if (!packColumns.contains(key + "." + column)) missing.add(key + "." + column);
        }));
        assertNoProblems(missing);
    }

    @Test
    void uniqueColumnsAreUniqueInTheDatabase() {
        List<String> problems = new ArrayList<>();
        forEachColumn(c -> {
            if (!c.unique() || c.name() == null) return;
            H2Schema.Table table = db.table(keyOf(c.table()));
            List<String> single = List.of(lower(c.name()));
            if (table == null || !(table.primaryKey().equals(single) || table.uniqueKeys().contains(single))) {
                problems.add(c.table() + "." + c.name() + " is unique in the pack but not in the database");
            }
        });
        assertNoProblems(problems);
    }

    @Test
    void primaryKeysAgree() {
        List<String> problems = new ArrayList<>();
        for (Entity e : pack.entities()) {
            if (e.table() == null || e.identifier() == null) continue;
            H2Schema.Table table = db.table(key(e.table()));
            Set<String> expected = new TreeSet<>();
            if (e.inheritance() != null && !e.inheritance().keyColumns().isEmpty()) {
                e.inheritance().keyColumns().forEach(k -> expected.add(lower(k)));
            } else {
                e.identifier().columns().forEach(c -> expected.add(lower(c.name())));
            }
            if (!expected.equals(new TreeSet<>(table.primaryKey()))) {
                problems.add(e.name() + ": pack " + expected + ", db " + table.primaryKey());
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void foreignKeysAgreeBothWays() {
        Set<String> packKeys = new TreeSet<>();
        for (Entity e : pack.entities()) {
            e.foreignKeys().forEach(fk -> packKeys.add(describe(fk)));
            forEachAssociation(e, as -> {
                if (as.foreignKey() != null) packKeys.add(describe(as.foreignKey()));
                if (as.joinTable() != null) as.joinTable().foreignKeys().forEach(fk -> packKeys.add(describe(fk)));
            });
            for (Attribute a : e.attributes()) {
                if (a.elementCollection() != null && a.elementCollection().foreignKey() != null) {
                    packKeys.add(describe(a.elementCollection().foreignKey()));
                }
            }
        }
        Set<String> dbKeys = new TreeSet<>();
        db.tables().forEach((key, table) -> table.foreignKeys().forEach(fk ->
                dbKeys.add(describe(fk.name(), key, fk.columns(), fk.referencedTable(), fk.referencedColumns()))));
        assertEquals(dbKeys, packKeys);
    }

    @Test
    void joinColumnsPointWhereTheDatabaseForeignKeyPoints() {
        List<String> problems = new ArrayList<>();
        for (Entity e : pack.entities()) {
            forEachAssociation(e, as -> {
                if (as.joinTable() != null) {
                    H2Schema.Table table = db.table(key(as.joinTable().table()));
                    String owner = keyOf(e.table() == null ? null : e.table().name());
                    H2Schema.ForeignKey toOwner = foreignKeyOver(table, lower(as.joinTable().ownerColumns()));
                    H2Schema.ForeignKey toTarget = foreignKeyOver(table, lower(as.joinTable().targetColumns()));
                    if (toOwner == null || (owner != null && !owner.equals(toOwner.referencedTable()) && !isParentTable(e, toOwner.referencedTable()))) {
                        problems.add(e.name() + " join table owner columns " + as.joinTable().ownerColumns() + " -> " + toOwner);
                    }
                    if (toTarget == null) problems.add(e.name() + " join table target columns " + as.joinTable().targetColumns() + " have no FK");
                    return;
                }
                if (as.joinColumns().isEmpty() || as.fkTable() == null) return;
                H2Schema.Table table = db.table(keyOf(as.fkTable()));
                List<String> columns = lower(as.joinColumns().stream().map(Column::name).toList());
                H2Schema.ForeignKey fk = table == null ? null : foreignKeyOver(table, columns);
                if (fk == null) {
                    problems.add(e.name() + ": no FK over " + as.fkTable() + columns);
                } else if (as.foreignKey() == null) {
                    problems.add(e.name() + ": the database has FK " + fk.name() + " over " + columns + ", the pack names none");
                } else if (!fk.referencedTable().equals(keyOf(as.referencedTable()))
                        || !new TreeSet<>(fk.referencedColumns()).equals(new TreeSet<>(lower(as.referencedColumns())))) {
                    problems.add(e.name() + ": pack says " + columns + " -> " + as.referencedTable() + as.referencedColumns()
                            + ", db says " + fk.referencedTable() + fk.referencedColumns());
                }
            });
        }
        assertNoProblems(problems);
    }

    @Test
    void sequencesAgree() {
        Set<String> packSequences = new TreeSet<>();
        pack.entities().forEach(e -> {
            if (e.identifier() != null && e.identifier().generation() != null && e.identifier().generation().sequence() != null) {
                packSequences.add(lower(e.identifier().generation().sequence()));
            }
        });
        assertEquals(new TreeSet<>(db.sequences()), packSequences);
    }

    // ---- walking the pack

    private static boolean isParentTable(Entity e, String tableKey) {
        return e.inheritance() != null && pack.entities().stream()
                .filter(p -> p.table() != null && key(p.table()).equals(tableKey))
                .anyMatch(p -> p.name().equals(e.inheritance().root()));
    }

    private static List<TableRef> tables() {
        List<TableRef> tables = new ArrayList<>();
        for (Entity e : pack.entities()) {
            if (e.table() != null) tables.add(e.table());
            if (e.identifier() != null && e.identifier().generation() != null && e.identifier().generation().table() != null) {
                tables.add(new TableRef(e.identifier().generation().table(), null, null));
            }
            e.secondaryTables().stream().map(SecondaryTable::table).forEach(tables::add);
            for (Attribute a : e.attributes()) {
                if (a.elementCollection() != null) tables.add(a.elementCollection().table());
            }
            forEachAssociation(e, as -> {
                if (as.joinTable() != null) tables.add(as.joinTable().table());
            });
        }
        return tables;
    }

    private static void forEachAssociation(Entity e, Consumer<Association> action) {
        for (Attribute a : e.attributes()) {
            if (a.association() != null) action.accept(a.association());
            if (a.embedded() != null) embeddedAssociations(a, action);
        }
    }

    private static void embeddedAssociations(Attribute a, Consumer<Association> action) {
        for (Attribute part : a.embedded().attributes()) {
            if (part.association() != null) action.accept(part.association());
            if (part.embedded() != null) embeddedAssociations(part, action);
        }
    }

    private static void forEachColumn(Consumer<Column> action) {
        for (Entity e : pack.entities()) {
            if (e.table() == null) continue; // an abstract TABLE_PER_CLASS root: its columns live in the subclasses' tables
            for (SecondaryTable st : e.secondaryTables()) {
                st.keyColumns().forEach(n -> action.accept(named(n, st.table().name())));
            }
            if (e.inheritance() != null) e.inheritance().keyColumns().forEach(n -> action.accept(named(n, e.table().name())));
            if (e.identifier() != null) {
                // the root's id columns; a JOINED subclass's own key columns are checked through its parts below
                if (e.inheritance() == null || e.inheritance().parent() == null || !"JOINED".equals(e.inheritance().strategy())) {
                    e.identifier().columns().forEach(c -> action.accept(inTable(c, e.table())));
                }
                e.identifier().parts().forEach(p -> attributeColumns(p, action));
            }
            if (e.inheritance() != null && e.inheritance().discriminatorColumn() != null && e.table() != null) {
                action.accept(inTable(e.inheritance().discriminatorColumn(), e.table()));
            }
            for (Attribute a : e.attributes()) attributeColumns(a, action);
        }
    }

    private static Column inTable(Column c, TableRef table) {
        return c.table() != null ? c : new Column(c.name(), table.name(), c.sqlType(), c.nullable(), c.unique(), c.length(),
                c.precision(), c.scale(), c.defaultValue(), c.formula(), c.insertable(), c.updatable());
    }

    private static void attributeColumns(Attribute a, Consumer<Column> action) {
        a.columns().forEach(action);
        if (a.embedded() != null) a.embedded().attributes().forEach(p -> attributeColumns(p, action));
        if (a.association() != null && a.association().owningSide() && a.association().joinTable() == null) {
            a.association().joinColumns().forEach(action);
        }
        if (a.association() != null && a.association().joinTable() != null) {
            Association as = a.association();
            String table = as.joinTable().table().name();
            as.joinTable().ownerColumns().forEach(n -> action.accept(named(n, table)));
            as.joinTable().targetColumns().forEach(n -> action.accept(named(n, table)));
            as.mapKeyColumns().forEach(action);
            if (as.orderColumn() != null) action.accept(named(as.orderColumn(), table));
        }
        if (a.association() != null && a.association().joinTable() == null && a.association().orderColumn() != null) {
            action.accept(named(a.association().orderColumn(), a.association().fkTable()));
        }
        if (a.elementCollection() != null) {
            ElementCollection ec = a.elementCollection();
            String table = ec.table().name();
            ec.keyColumns().forEach(n -> action.accept(named(n, table)));
            ec.valueColumns().forEach(action);
            ec.embeddableAttributes().forEach(p -> attributeColumns(p, action));
            ec.mapKeyColumns().forEach(action);
            if (ec.orderColumn() != null) action.accept(named(ec.orderColumn(), table));
        }
    }

    /** A column known only by name: its nullability is not a fact the pack states, so only existence is checked. */
    private static Column named(String name, String table) {
        H2Schema.Table t = db.table(keyOf(table));
        H2Schema.Column actual = t == null ? null : t.column(lower(name));
        return new Column(name, table, null, actual == null || actual.nullable(), false, null, null, null, null, null, null, null);
    }

    private static H2Schema.Column dbColumn(Column c, List<String> problems) {
        H2Schema.Table table = db.table(keyOf(c.table()));
        if (table == null) {
            problems.add("no table " + c.table() + " for column " + c.name());
            return null;
        }
        H2Schema.Column actual = table.column(lower(c.name()));
        if (actual == null) problems.add("no column " + c.table() + "." + c.name() + " in the database");
        return actual;
    }

    private static H2Schema.ForeignKey foreignKeyOver(H2Schema.Table table, List<String> columns) {
        return table.foreignKeys().stream().filter(fk -> new TreeSet<>(fk.columns()).equals(new TreeSet<>(columns))).findFirst().orElse(null);
    }

    private static String describe(ForeignKey fk) {
        return describe(lower(fk.name()), keyOf(fk.table()), lower(fk.columns()), keyOf(fk.referencedTable()), lower(fk.referencedColumns()));
    }

    /** The order of a composite key's columns is not a fact of the schema; the column pairs are. */
    private static String describe(String name, String table, List<String> columns, String referencedTable, List<String> referenced) {
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < columns.size(); i++) pairs.add(columns.get(i) + "->" + (i < referenced.size() ? referenced.get(i) : "?"));
        return name + ": " + table + " " + pairs + " " + referencedTable;
    }

    private static String key(TableRef t) {
        return t.schema() == null || t.schema().equalsIgnoreCase("public") ? lower(t.name()) : lower(t.schema()) + "." + lower(t.name());
    }

    private static String keyOf(String tableName) {
        return tableName == null ? null : keyByTableName.getOrDefault(lower(tableName), lower(tableName));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(ZooSchemaAgreementTest::lower).toList();
    }

    private static void assertNoProblems(List<String> problems) {
        if (!problems.isEmpty()) fail(problems.size() + " disagreement(s) with the database:\n  " + String.join("\n  ", new TreeSet<>(problems)));
    }
}
