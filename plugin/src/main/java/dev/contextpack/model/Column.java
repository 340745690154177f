package dev.contextpack.model;

/**
 * A physical column as Hibernate would create it. {@code sqlType} is the DDL type under the
 * dialect in force; length/precision/scale are only present where the type uses them.
 */
public record Column(
        String name,
        String table,
        String sqlType,
        boolean nullable,
        boolean unique,
        Long length,
        Integer precision,
        Integer scale,
        String defaultValue,
        String formula,
        Boolean insertable,
        Boolean updatable) {

    public Column inTable(String tableName) {
        return new Column(name, tableName, sqlType, nullable, unique, length, precision, scale, defaultValue, formula,
                insertable, updatable);
    }
}
