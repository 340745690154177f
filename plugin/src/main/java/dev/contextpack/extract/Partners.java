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
        // (target entity, owning attribute) -> the inverse attribute's name, from every mappedBy
        Map<String, String> inverseOf = new HashMap<>();
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) byName.put(e.name(), e);
        for (Entity e : entities) {
            for (Attribute a : e.attributes()) {
                Association as = a.association();
                if (as != null && as.mappedBy() != null) {
                    inverseOf.put(as.target() + "#" + as.mappedBy(), a.name());
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
                    if (partner != null) a = a.withAssociation(as.withPartner(partner));
                }
                attributes.add(a);
            }
            linked.add(e.withAttributes(List.copyOf(attributes)));
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
