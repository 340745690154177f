package dev.contextpack.model;

/** A physical table, qualified as the database sees it. */
public record TableRef(String name, String schema, String catalog) {

    public String qualifiedName() {
        StringBuilder sb = new StringBuilder();
        if (catalog != null) sb.append(catalog).append('.');
        if (schema != null) sb.append(schema).append('.');
        return sb.append(name).toString();
    }
}
