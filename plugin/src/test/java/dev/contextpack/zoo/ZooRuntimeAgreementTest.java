package dev.contextpack.zoo;

import dev.contextpack.ZooTestSupport;
import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.ContextPack;
import dev.contextpack.model.Entity;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.FetchTiming;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.NonAggregatedIdentifierMapping;
import org.hibernate.engine.spi.CascadeStyles;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Cascade, orphan removal, fetch timing and owning side of every association in the zoo's pack,
 * against Hibernate's runtime model (the SessionFactory's persisters), which Hibernate builds
 * from the boot model at start-up and then actually uses to load and flush.
 */
class ZooRuntimeAgreementTest {

    private static ContextPack pack;
    private static SessionFactoryImplementor sessionFactory;

    @BeforeAll
    static void boot() {
        pack = ZooTestSupport.pack();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", "jdbc:h2:mem:runtime_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1")
                .applySetting("hibernate.dialect", "org.hibernate.dialect.H2Dialect")
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        ZooEntities.MANAGED.forEach(sources::addAnnotatedClass);
        sources.addResource(ZooEntities.ORM_XML);
        sessionFactory = (SessionFactoryImplementor) sources.buildMetadata().buildSessionFactory();
    }

    @AfterAll
    static void close() {
        if (sessionFactory != null) sessionFactory.close();
    }

    @Test
    void associationsAgreeWithTheRuntimeModel() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Entity e : pack.entities()) {
            EntityPersister persister = sessionFactory.getMappingMetamodel().getEntityDescriptor(e.className());
            for (Attribute a : e.attributes()) {
                Association as = a.association();
                if (as == null) continue;
                checked++;
                String where = e.name() + "." + a.name();
                AttributeMapping mapping = persister.findAttributeMapping(a.name());
                CascadeStyle style;
                if (mapping == null && persister.getIdentifierMapping() instanceof NonAggregatedIdentifierMapping idClass) {
                    // an @Id association of an @IdClass entity lives in the identifier mapping and never cascades
                    mapping = idClass.getVirtualIdEmbeddable().findAttributeMapping(a.name());
                    style = CascadeStyles.NONE;
                } else {
                    style = mapping == null ? null : persister.getPropertyCascadeStyles()[persister.getPropertyIndex(a.name())];
                }
                if (mapping == null) {
                    problems.add(where + ": no such attribute at runtime");
                    continue;
                }
                Set<String> runtime = new TreeSet<>();
                if (style.doCascade(CascadingActions.EVICT)) runtime.add("DETACH");
                if (style.doCascade(CascadingActions.LOCK)) runtime.add("LOCK");
                if (style.doCascade(CascadingActions.MERGE)) runtime.add("MERGE");
                if (style.doCascade(CascadingActions.PERSIST)) runtime.add("PERSIST");
                if (style.doCascade(CascadingActions.REFRESH)) runtime.add("REFRESH");
                if (style.doCascade(CascadingActions.REMOVE)) runtime.add("REMOVE");
                if (!runtime.equals(new TreeSet<>(as.cascade().operations()))) {
                    problems.add(where + " cascade: pack " + as.cascade().operations() + ", runtime " + runtime);
                }
                if (style.hasOrphanDelete() != as.cascade().orphanRemoval()) {
                    problems.add(where + " orphanRemoval: pack " + as.cascade().orphanRemoval() + ", runtime " + style.hasOrphanDelete());
                }
                FetchTiming timing = mapping instanceof PluralAttributeMapping plural ? plural.getMappedFetchOptions().getTiming()
                        : mapping instanceof ToOneAttributeMapping toOne ? toOne.getMappedFetchOptions().getTiming() : null;
                String fetch = timing == FetchTiming.DELAYED ? "LAZY" : "EAGER";
                if (!fetch.equals(as.fetch())) problems.add(where + " fetch: pack " + as.fetch() + ", runtime " + fetch);
                if (mapping instanceof PluralAttributeMapping plural) {
                    boolean owning = !plural.getCollectionDescriptor().isInverse();
                    if (owning != as.owningSide()) problems.add(where + " owning side: pack " + as.owningSide() + ", runtime " + owning);
                } else if (mapping instanceof ToOneAttributeMapping toOne) {
                    boolean owning = toOne.getSideNature() == ForeignKeyDescriptor.Nature.KEY;
                    if (owning != as.owningSide()) problems.add(where + " owning side: pack " + as.owningSide() + ", runtime " + owning);
                }
            }
        }
        assertTrue(checked >= 25, "the zoo has at least 25 associations, checked " + checked);
        if (!problems.isEmpty()) fail(String.join("\n", problems));
    }
}
