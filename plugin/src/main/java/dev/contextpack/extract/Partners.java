package dev.contextpack.extract;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the two directions of a bidirectional association: the owning side learns the name of
 * the inverse attribute that points back at it through {@code mappedBy}.
 */
final class Partners {

    private Partners() {
    }

    static List<Entity> link(List<Entity> entities) {
        // (target entity, owning attribute) -> inverse attribute, from every mappedBy
        Map<String, String> inverseOf = new HashMap<>();
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) byName.put(e.name(), e);
        for (Entity e : entities) {
            for (Attribute a : e.attributes()) {
                Association as = a.association();
                if (as != null && as.mappedBy() != null) {
                    inverseOf.put(as.target() + "#" + as.mappedBy(), e.name() + "." + a.name());
                }
            }
        }
        List<Entity> linked = new ArrayList<>();
        for (Entity e : entities) {
            List<Attribute> attributes = new ArrayList<>();
            for (Attribute a : e.attributes()) {
                Association as = a.association();
                if (as != null && as.owningSide() && as.partner() == null) {
                    String partner = findPartner(e, a.name(), byName, inverseOf);
                    if (partner != null) {
                        Association withPartner = new Association(as.kind(), as.target(), as.collectionType(), as.owningSide(),
                                as.mappedBy(), partner.substring(partner.indexOf('.') + 1), true, as.fkTable(), as.joinColumns(),
                                as.referencedTable(), as.referencedColumns(), as.foreignKey(), as.joinTable(), as.optional(), as.sharedPrimaryKey(),
                                as.cascade(), as.fetch(), as.fetchDeclared(), as.orderBy(), as.orderColumn(), as.mapKey(),
                                as.mapKeyColumns());
                        a = new Attribute(a.name(), a.javaType(), a.declaredIn(), a.provenance(), a.nullable(), a.optional(),
                                a.columns(), a.enumStorage(), a.converter(), a.lob(), a.version(), a.identifier(), a.embedded(),
                                a.elementCollection(), withPartner);
                    }
                }
                attributes.add(a);
            }
            linked.add(new Entity(e.name(), e.className(), e.provenance(), e.declaredBy(), e.isAbstract(), e.table(),
                    e.secondaryTables(), e.inheritance(), e.mappedSuperclasses(), e.identifier(), e.versionAttribute(),
                    attributes, e.foreignKeys(), e.uniqueKeys(), e.callbacks(), e.rules()));
        }
        return linked;
    }

    /** The inverse attribute whose mappedBy names this attribute, on this entity or an entity it inherits from. */
    private static String findPartner(Entity e, String attribute, Map<String, Entity> byName, Map<String, String> inverseOf) {
        for (Entity current = e; current != null; ) {
            String partner = inverseOf.get(current.name() + "#" + attribute);
            if (partner != null) return partner;
            String parent = current.inheritance() == null ? null : current.inheritance().parent();
            current = parent == null ? null : byName.get(parent);
        }
        return null;
    }
}
