package dev.contextpack.model;

import java.util.List;

/**
 * A repository the application queries its entities through: a Spring Data interface (extending
 * {@code Repository} or carrying {@code @RepositoryDefinition}) or a Jakarta Data {@code @Repository}.
 *
 * @param style {@code spring-data} or {@code jakarta-data}
 * @param entity the entity name of the domain type; null when the domain type is not an entity of the model
 * @param domainClass the domain type's class
 * @param idType the identifier type the repository declares
 * @param baseInterfaces the framework interfaces it extends (CrudRepository, JpaRepository, ...), whose operations it inherits
 * @param fragments custom fragment interfaces it extends, with the implementation class found for each
 * @param methods the methods it declares itself, in declaration-independent (name, parameters) order
 * @param usedBy the application classes that have it injected (constructor or field)
 * @param inheritedCalls the inherited operations (save, findById, ...) the module calls, with the calling methods
 * @param save how Spring Data's {@code save()} decides between {@code persist()} and {@code merge()} for this entity
 * @param module the module that holds the interface in an aggregated pack; null in a single-module pack
 */
public record Repository(
        String name,
        String className,
        String style,
        String entity,
        String domainClass,
        String idType,
        List<String> baseInterfaces,
        List<Fragment> fragments,
        List<QueryMethod> methods,
        List<String> usedBy,
        List<String> inheritedCalls,
        String save,
        Provenance provenance,
        SourceModule module) {

    /** A repository of a single-module pack: no module of its own. */
    public Repository(String name, String className, String style, String entity, String domainClass, String idType,
                      List<String> baseInterfaces, List<Fragment> fragments, List<QueryMethod> methods, List<String> usedBy,
                      List<String> inheritedCalls, String save, Provenance provenance) {
        this(name, className, style, entity, domainClass, idType, baseInterfaces, fragments, methods, usedBy, inheritedCalls, save,
                provenance, null);
    }

    /** The same repository under another name (and so another page). */
    public Repository withName(String newName) {
        return new Repository(newName, className, style, entity, domainClass, idType, baseInterfaces, fragments, methods, usedBy,
                inheritedCalls, save, provenance, module);
    }

    /** The module of an aggregated pack that holds the interface. */
    public Repository withModule(SourceModule newModule) {
        return new Repository(name, className, style, entity, domainClass, idType, baseInterfaces, fragments, methods, usedBy,
                inheritedCalls, save, provenance, newModule);
    }

    /** A custom fragment: an interface of the application and the class that implements it. */
    public record Fragment(String interfaceName, String implementation) {
    }
}
