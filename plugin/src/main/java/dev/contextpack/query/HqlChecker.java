package dev.contextpack.query;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.sqm.tree.SqmStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.expression.SqmParameter;
import org.hibernate.query.sqm.tree.from.SqmAttributeJoin;
import org.hibernate.query.sqm.tree.from.SqmFrom;
import org.hibernate.query.sqm.tree.from.SqmJoin;
import org.hibernate.query.sqm.tree.from.SqmRoot;
import org.hibernate.query.sqm.tree.insert.SqmInsertStatement;
import org.hibernate.query.sqm.tree.select.SqmQuerySpec;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.query.sqm.tree.update.SqmUpdateStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks JPQL/HQL the way Hibernate does when the application creates the query: its parser and
 * semantic analysis against the model, with a SessionFactory built from the boot model and no
 * database (the connection provider refuses to connect; nothing here needs one). The SessionFactory
 * is built on first use only: a module without queries does not pay for it.
 */
public final class HqlChecker implements AutoCloseable {

    /** What Hibernate made of a query: its kind, the entities it reads or changes, joins and parameters. */
    public record Outcome(String problem, String kind, List<String> entities, List<String> joins, List<String> parameters) {
        public boolean valid() {
            return problem == null;
        }
    }

    private final Metadata metadata;
    private SessionFactoryImplementor factory;
    private String unavailable;

    public HqlChecker(Metadata metadata) {
        this.metadata = metadata;
    }

    /** Null when queries can be checked, else why not (the SessionFactory could not be built). */
    public String unavailable() {
        factory();
        return unavailable;
    }

    /** Hibernate's runtime model of the application (built on first use), or null when it cannot be built. */
    public SessionFactoryImplementor sessionFactory() {
        return factory();
    }

    public Outcome check(String hql) {
        SessionFactoryImplementor sf = factory();
        if (sf == null) return new Outcome(null, null, List.of(), List.of(), List.of());
        SqmStatement<?> statement;
        try {
            statement = sf.getQueryEngine().getHqlTranslator().translate(hql, null);
        } catch (RuntimeException e) {
            return new Outcome(message(e), null, List.of(), List.of(), List.of());
        }
        return describe(statement);
    }

    private static Outcome describe(SqmStatement<?> statement) {
        List<String> entities = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        String kind;
        if (statement instanceof SqmSelectStatement<?> select) {
            kind = "select";
            if (select.getQueryPart() instanceof SqmQuerySpec<?> spec && spec.getFromClause() != null) {
                for (SqmRoot<?> root : spec.getFromClause().getRoots()) {
                    entities.add(root.getModel().getName());
                    joins(root, joins);
                }
            }
        } else if (statement instanceof SqmUpdateStatement<?> update) {
            kind = "update";
            entities.add(update.getTarget().getModel().getName());
        } else if (statement instanceof SqmDeleteStatement<?> delete) {
            kind = "delete";
            entities.add(delete.getTarget().getModel().getName());
        } else if (statement instanceof SqmInsertStatement<?> insert) {
            kind = "insert";
            entities.add(insert.getTarget().getModel().getName());
        } else {
            kind = "other";
        }
        TreeSet<String> parameters = new TreeSet<>();
        for (SqmParameter<?> p : statement.getSqmParameters()) {
            parameters.add(p.getName() != null ? ":" + p.getName() : "?" + p.getPosition());
        }
        return new Outcome(null, kind, List.copyOf(entities), List.copyOf(joins), List.copyOf(parameters));
    }

    private static void joins(SqmFrom<?, ?> from, List<String> into) {
        for (SqmJoin<?, ?> join : from.getSqmJoins()) {
            if (join instanceof SqmAttributeJoin<?, ?> attributeJoin) {
                String path = (from.getExplicitAlias() != null ? from.getExplicitAlias() : from.getReferencedPathSource().getPathName())
                        + "." + attributeJoin.getAttribute().getName();
                into.add((attributeJoin.isFetched() ? "fetch " : "") + attributeJoin.getSqmJoinType().name().toLowerCase(java.util.Locale.ROOT)
                        + " join " + path);
            }
            joins(join, into);
        }
    }

    private SessionFactoryImplementor factory() {
        if (factory != null || unavailable != null) return factory;
        if (metadata == null) {
            unavailable = "Hibernate could not build the model (see the CP-BOOT findings), so queries are not checked";
            return null;
        }
        try {
            SessionFactory sf = dev.contextpack.boot.MetadataBooter.quietly(metadata::buildSessionFactory);
            factory = sf.unwrap(SessionFactoryImplementor.class);
        } catch (RuntimeException | LinkageError e) {
            unavailable = "Hibernate could not build a SessionFactory for the model, so queries are not checked: " + message(e);
        }
        return factory;
    }

    /** The cause chain's messages (as the boot reports them) on one line, for a pack entry. */
    static String message(Throwable e) {
        return dev.contextpack.boot.MetadataBooter.messages(e).replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void close() {
        if (factory != null) factory.close();
    }
}
