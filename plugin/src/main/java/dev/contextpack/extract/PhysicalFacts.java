package dev.contextpack.extract;

import dev.contextpack.model.Column;
import dev.contextpack.model.ForeignKey;
import dev.contextpack.model.TableRef;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.mapping.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Tables, columns and constraints as Hibernate would export them under the dialect in force. */
final class PhysicalFacts {

    private final Metadata metadata;
    private final Dialect dialect;

    PhysicalFacts(Metadata metadata, Dialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
    }

    static TableRef table(Table table) {
        return table == null ? null : new TableRef(table.getName(), table.getSchema(), table.getCatalog());
    }

    /** A table as every fact names it: {@code schema.name} when it has a schema (or catalog). */
    static String name(Table table) {
        return table == null ? null : table(table).qualifiedName();
    }

    static List<String> names(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(org.hibernate.mapping.Column::getName).toList();
    }

    /**
     * In TABLE_PER_CLASS, inherited columns are copied into each concrete subclass's table, while
     * Hibernate's values still name the parent's table; this maps them to the table rows are in.
     * An abstract union root has no table at all: null.
     */
    private java.util.function.UnaryOperator<Table> tableOf = t -> t;

    void tablesOf(java.util.function.UnaryOperator<Table> mapping) {
        this.tableOf = mapping;
    }

    Table tableOf(Table table) {
        return table == null ? null : tableOf.apply(table);
    }

    List<Column> columns(Value value, Boolean insertable, Boolean updatable) {
        List<Column> columns = new ArrayList<>();
        Table table = tableOf(value.getTable());
        for (Selectable selectable : value.getSelectables()) {
            if (selectable instanceof org.hibernate.mapping.Column c) {
                columns.add(column(c, table, insertable, updatable));
            } else if (selectable instanceof Formula f) {
                columns.add(new Column(null, name(table), null, true, false, null, null, null,
                        null, f.getFormula(), false, false));
            }
        }
        return columns;
    }

    Column column(org.hibernate.mapping.Column c, Table table, Boolean insertable, Boolean updatable) {
        String sqlType = sqlType(c);
        Long length = null;
        Integer precision = null;
        Integer scale = null;
        Size size = size(c);
        if (size != null && sqlType != null && sqlType.contains("(")) {
            // Only the size the DDL actually carries: varchar(255) has a length, numeric(12,2) precision and scale.
            if (size.getLength() != null && sqlType.contains("(" + size.getLength() + ")")) length = size.getLength();
            if (size.getPrecision() != null && sqlType.contains("(" + size.getPrecision())) {
                precision = size.getPrecision();
                scale = size.getScale();
            }
        }
        return new Column(c.getName(), name(table), sqlType, c.isNullable(),
                isUnique(c, table), length, precision, scale, c.getDefaultValue(), null,
                Boolean.FALSE.equals(insertable) ? Boolean.FALSE : null,
                Boolean.FALSE.equals(updatable) ? Boolean.FALSE : null);
    }

    private String sqlType(org.hibernate.mapping.Column c) {
        try {
            return c.getSqlType(metadata);
        } catch (RuntimeException e) {
            return c.getSqlType();
        }
    }

    private Size size(org.hibernate.mapping.Column c) {
        try {
            return c.getColumnSize(dialect, metadata);
        } catch (RuntimeException e) {
            return null;
        }
    }

    boolean isLob(Value value) {
        // getSelectables, not getColumns: the latter throws for a value with a @Formula
        for (Selectable selectable : value.getSelectables()) {
            if (!(selectable instanceof org.hibernate.mapping.Column c)) continue;
            try {
                if (c.isSqlTypeLob(metadata)) return true;
            } catch (RuntimeException ignored) {
                return false;
            }
        }
        return false;
    }

    static boolean isUnique(org.hibernate.mapping.Column c, Table table) {
        if (c.isUnique()) return true;
        if (table == null) return false;
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (key.getColumns().size() == 1 && key.getColumns().get(0).getName().equals(c.getName())) return true;
        }
        if (table.getPrimaryKey() != null && table.getPrimaryKey().getColumns().size() == 1
                && table.getPrimaryKey().getColumns().get(0).getName().equals(c.getName())) return true;
        return false;
    }

    static List<List<String>> uniqueKeys(Table table) {
        List<List<String>> keys = new ArrayList<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            keys.add(names(key.getColumns()));
        }
        keys.sort(Comparator.comparing(Object::toString));
        return keys;
    }

    static List<ForeignKey> foreignKeys(Table table) {
        List<ForeignKey> keys = new ArrayList<>();
        if (table.isAbstractUnionTable()) return keys;
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || fk.getReferencedTable() == null) continue;
            keys.add(foreignKey(fk));
        }
        keys.sort(Comparator.comparing((ForeignKey k) -> k.columns().toString()).thenComparing(ForeignKey::referencedTable));
        return keys;
    }

    static ForeignKey foreignKey(org.hibernate.mapping.ForeignKey fk) {
        Table referenced = fk.getReferencedTable();
        List<String> referencedColumns = fk.isReferenceToPrimaryKey() || fk.getReferencedColumns().isEmpty()
                ? names(referenced.getPrimaryKey().getColumns())
                : names(fk.getReferencedColumns());
        OnDeleteAction action = fk.getOnDeleteAction();
        String onDelete = action == null || action == OnDeleteAction.NO_ACTION ? "NO ACTION" : action.name().replace('_', ' ');
        return new ForeignKey(fk.getName(), name(fk.getTable()), names(fk.getColumns()), name(referenced),
                referencedColumns, onDelete);
    }

    /** The FK of {@code table} over exactly these columns, or null. */
    static ForeignKey foreignKeyOver(Table table, List<String> columns) {
        if (table == null || columns.isEmpty()) return null;
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            // a composite key may list its columns in another order than the association's value does
            if (fk.isCreationEnabled() && fk.getReferencedTable() != null
                    && new java.util.HashSet<>(names(fk.getColumns())).equals(new java.util.HashSet<>(columns))) {
                return foreignKey(fk);
            }
        }
        return null;
    }
}
