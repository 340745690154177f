package dev.contextpack.boot;

import dev.contextpack.model.TableRef;
import dev.contextpack.resolve.ResolvedSettings;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * A table name as declared in {@code @Table}, turned into its physical name by the application's own
 * physical naming strategy object and the JDBC environment of a Hibernate registry, as Hibernate's
 * binder does with an explicit name, without booting the entity. Implicit names (no {@code @Table}) need
 * the implicit naming strategy with a boot's building context, so they are not computed.
 */
public final class PhysicalNames {

    private final PhysicalNamingStrategy strategy;
    private final JdbcEnvironment jdbc;
    private final String strategyName;

    private PhysicalNames(PhysicalNamingStrategy strategy, JdbcEnvironment jdbc, String strategyName) {
        this.strategy = strategy;
        this.jdbc = jdbc;
        this.strategyName = strategyName;
    }

    /** Null when no boot succeeded (no registry to take the JDBC environment from) or the strategy cannot be created. */
    public static PhysicalNames of(BootResult boot, ResolvedSettings settings, ClassLoader project) {
        if (boot.registry() == null) return null;
        try {
            return new PhysicalNames(MetadataBooter.instantiate(settings.physicalNamingStrategy(), PhysicalNamingStrategy.class, project),
                    boot.registry().getService(JdbcEnvironment.class), settings.physicalNamingStrategy());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The physical naming strategy's class, as the settings name it. */
    public String strategy() {
        return strategyName;
    }

    /** The declared table under the physical naming strategy; null when the strategy fails on it. */
    public TableRef table(TableRef declared) {
        try {
            return new TableRef(apply(declared.name(), Kind.TABLE), apply(declared.schema(), Kind.SCHEMA), apply(declared.catalog(), Kind.CATALOG));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private enum Kind { TABLE, SCHEMA, CATALOG }

    private String apply(String text, Kind kind) {
        if (text == null) return null;
        Identifier logical = jdbc.getIdentifierHelper().toIdentifier(text);
        Identifier physical = switch (kind) {
            case TABLE -> strategy.toPhysicalTableName(logical, jdbc);
            case SCHEMA -> strategy.toPhysicalSchemaName(logical, jdbc);
            case CATALOG -> strategy.toPhysicalCatalogName(logical, jdbc);
        };
        return physical == null ? null : physical.getText();
    }
}
