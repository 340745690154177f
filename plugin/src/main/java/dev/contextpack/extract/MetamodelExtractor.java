package dev.contextpack.extract;

import dev.contextpack.model.Association;
import dev.contextpack.model.Attribute;
import dev.contextpack.model.Cascade;
import dev.contextpack.model.Column;
import dev.contextpack.model.ElementCollection;
import dev.contextpack.model.Embedded;
import dev.contextpack.model.Entity;
import dev.contextpack.model.ForeignKey;
import dev.contextpack.model.Identifier;
import dev.contextpack.model.Inheritance;
import dev.contextpack.model.JoinTable;
import dev.contextpack.model.Provenance;
import dev.contextpack.model.SecondaryTable;
import dev.contextpack.scan.ClassFacts;
import dev.contextpack.scan.MemberFacts;
import dev.contextpack.scan.ScanResult;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SingleTableSubclass;
import org.hibernate.mapping.Subclass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.UnionSubclass;
import org.hibernate.mapping.Value;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns Hibernate's boot metamodel into the pack's model. Physical facts (tables, columns, join
 * columns, FKs, cascades, fetch) are read from Hibernate's objects; only what Hibernate does not
 * keep (the JPA annotation a member was declared with, whether fetch was written explicitly,
 * generic Java types, the class that declares a field) comes from the bytecode scan.
 */
public final class MetamodelExtractor {

    static final String JPA = "jakarta.persistence.";

    private final Metadata metadata;
    private final ScanResult scan;
    private final PhysicalFacts physical;
    private final IdentifierReader identifiers;

    private final dev.contextpack.scan.MethodBodies bodies;

    public MetamodelExtractor(Metadata metadata, Dialect dialect, ScanResult scan, dev.contextpack.scan.MethodBodies bodies) {
        this.bodies = bodies;
        this.metadata = metadata;
        this.scan = scan;
        this.physical = new PhysicalFacts(metadata, dialect);
        this.identifiers = new IdentifierReader(metadata, dialect, scan, physical, this);
        this.automaticValues = new AutomaticValues(scan, findings);
    }

    private final AutomaticValues automaticValues;

    private final List<dev.contextpack.model.Finding> findings = new ArrayList<>();
    private final java.util.Set<String> failed = new java.util.TreeSet<>();

    public List<Entity> entities() {
        List<PersistentClass> bindings = new ArrayList<>(metadata.getEntityBindings());
        bindings.sort(Comparator.comparing(PersistentClass::getJpaEntityName));
        List<Entity> entities = new ArrayList<>();
        for (PersistentClass pc : bindings) {
            // entities without a Java class (Envers' _AUD revision tables, dynamic maps) are not the application's model
            if (pc.getClassName() == null) continue;
            try {
                entities.add(entity(pc));
            } catch (RuntimeException e) {
                // a mapping this version of the plugin cannot read must not cost the user the whole pack
                failed.add(pc.getClassName());
                findings.add(new dev.contextpack.model.Finding("CP-EXTRACT-FAILED", dev.contextpack.model.Finding.Severity.error,
                        pc.getClassName(), null, "context-pack could not read Hibernate's model of this entity (" + e
                        + "); it is described from its annotations only. Please report this with the mapping."));
            }
        }
        return Partners.link(entities);
    }

    /** Problems met while reading the model, each naming its class. */
    public List<dev.contextpack.model.Finding> findings() {
        return List.copyOf(findings);
    }

    /** Entities whose model could not be read; the caller describes them from their annotations. */
    public java.util.Set<String> failed() {
        return java.util.Collections.unmodifiableSet(failed);
    }

    private Entity entity(PersistentClass pc) {
        physical.tablesOf(unionTables(pc));
        try {
            return entityInTables(pc);
        } finally {
            physical.tablesOf(t -> t);
        }
    }

    /** For TABLE_PER_CLASS: the tables of the superclasses are this entity's own table (or none for an abstract root). */
    private static java.util.function.UnaryOperator<Table> unionTables(PersistentClass pc) {
        if (!(pc instanceof UnionSubclass) && !pc.getTable().isAbstractUnionTable()) return t -> t;
        java.util.Set<Table> inherited = new java.util.HashSet<>();
        for (PersistentClass p = pc.getSuperclass(); p != null; p = p.getSuperclass()) inherited.add(p.getTable());
        Table own = pc.getTable().isAbstractUnionTable() ? null : pc.getTable();
        return t -> t == pc.getTable() || inherited.contains(t) ? own : t;
    }

    /** The entity being read: properties inside embeddables have no persistent class of their own. */
    private PersistentClass current;

    private PersistentClass ownerOf(Property property) {
        return property.getPersistentClass() != null ? property.getPersistentClass() : current;
    }

    private Entity entityInTables(PersistentClass pc) {
        current = pc;
        String className = pc.getClassName();
        List<SecondaryTable> secondary = new ArrayList<>();
        for (Join join : pc.getJoins()) {
            secondary.add(new SecondaryTable(PhysicalFacts.table(join.getTable()),
                    PhysicalFacts.names(join.getKey().getColumns()), join.isOptional()));
        }
        List<Attribute> attributes = new ArrayList<>();
        for (Property property : pc.getPropertyClosure()) {
            // Hibernate's synthetic holder of @IdClass attributes: they are the identifier's parts
            if (property.getName().equals("_identifierMapper")) continue;
            attributes.add(attribute(property, className));
        }
        // an @Id association of an @IdClass entity is a relationship too (its FK is part of the key)
        Component mapper = pc.getRootClass().getIdentifierMapper();
        if (mapper != null) {
            for (Property part : mapper.getProperties()) {
                if (part.getValue() instanceof ToOne) attributes.add(attribute(part, pc.getRootClass().getClassName()));
            }
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        List<ForeignKey> fks = new ArrayList<>(PhysicalFacts.foreignKeys(pc.getTable()));
        for (Join join : pc.getJoins()) fks.addAll(PhysicalFacts.foreignKeys(join.getTable()));
        ClassFacts facts = scan.classes().get(className);
        boolean isAbstract = Boolean.TRUE.equals(pc.isAbstract()) || (facts != null && facts.isAbstract());
        Identifier identifier = identifiers.identifier(pc);
        List<dev.contextpack.model.LifecycleCallback> callbacks = Callbacks.of(className, scan, bodies);
        if (Callbacks.excludeDefaultListenersIgnored(className, scan)) {
            findings.add(new dev.contextpack.model.Finding("CP-HIBERNATE-EXCLUDE-DEFAULT-LISTENERS", dev.contextpack.model.Finding.Severity.warning,
                    className, null, "@ExcludeDefaultListeners is on a class below the top of this hierarchy; Hibernate "
                    + org.hibernate.Version.getVersionString() + " reads it from the topmost class only, so the default listeners "
                    + scan.defaultListeners() + " still run (the Lifecycle section lists them). Put @ExcludeDefaultListeners on the topmost class, or check for it in the listener."));
        }
        return new Entity(pc.getJpaEntityName(), className, Provenance.verified,
                scan.xmlEntities().contains(className) ? "orm.xml" : "@Entity",
                // an abstract TABLE_PER_CLASS root has no table: its rows live in the subclasses' tables
                isAbstract, pc.getTable().isAbstractUnionTable() ? null : PhysicalFacts.table(pc.getTable()), secondary, inheritance(pc), mappedSuperclasses(className),
                identifier,
                pc.getVersion() == null ? null : pc.getVersion().getName(),
                attributes, fks, PhysicalFacts.uniqueKeys(pc.getTable()), callbacks,
                automaticValues.of(pc, identifier, callbacks), Constraints.of(pc, pc.getTable(), scan), Behaviours.of(pc, scan),
                null, null, List.of());
    }

    private List<String> mappedSuperclasses(String className) {
        List<String> found = new ArrayList<>();
        ClassFacts facts = scan.classes().get(className);
        while (facts != null && facts.superclass() != null) {
            if (scan.mappedSuperclasses().contains(facts.superclass())) found.add(facts.superclass());
            facts = scan.classes().get(facts.superclass());
        }
        return found;
    }

    private Inheritance inheritance(PersistentClass pc) {
        if (pc.getSuperclass() == null && !pc.hasSubclasses()) return null;
        PersistentClass root = pc.getRootClass();
        String strategy = strategy(pc);
        if (strategy == null) {
            for (Subclass sub : root.getDirectSubclasses()) {
                strategy = strategy(sub);
                if (strategy != null) break;
            }
        }
        Column discriminator = null;
        String discriminatorValue = null;
        if (root.getDiscriminator() != null) {
            List<Column> columns = physical.columns(root.getDiscriminator(), null, null);
            discriminator = columns.isEmpty() ? null : columns.get(0);
            discriminatorValue = pc.getDiscriminatorValue();
        }
        List<String> subclasses = pc.getDirectSubclasses().stream().map(PersistentClass::getJpaEntityName).sorted().toList();
        List<String> keyColumns = pc instanceof JoinedSubclass ? PhysicalFacts.names(pc.getKey().getColumns()) : List.of();
        return new Inheritance(strategy, root.getJpaEntityName(),
                pc.getSuperclass() == null ? null : pc.getSuperclass().getJpaEntityName(),
                subclasses, discriminator, discriminatorValue, keyColumns);
    }

    private static String strategy(PersistentClass pc) {
        if (pc instanceof SingleTableSubclass) return "SINGLE_TABLE";
        if (pc instanceof JoinedSubclass) return "JOINED";
        if (pc instanceof UnionSubclass) return "TABLE_PER_CLASS";
        return null;
    }

    Attribute attribute(Property property, String ownerClass) {
        Value value = property.getValue();
        MemberFacts member = scan.member(ownerClass, property.getName());
        // a bare type variable (T, ID of a generic mapped superclass) says less than the type Hibernate resolved
        boolean typeVariable = member != null && member.type().matches("[A-Z][A-Za-z0-9_]*");
        String javaType = member != null && !typeVariable ? JavaTypes.simplify(member.type()) : JavaTypes.simplify(returnedClass(property));
        String declaredIn = member != null ? member.declaringClass() : ownerClass;
        Boolean insertable = property.isInsertable();
        Boolean updatable = property.isUpdatable();
        if (value instanceof Collection collection) {
            Value element = collection.getElement();
            if (element instanceof OneToMany || element instanceof ManyToOne) {
                return of(property, javaType, declaredIn, List.of(), null, null, null, collectionAssociation(property, collection, member));
            }
            return of(property, javaType, declaredIn, List.of(), null, null, elementCollection(collection, member), null);
        }
        if (value instanceof ToOne toOne) {
            return of(property, javaType, declaredIn, List.of(), null, null, null, toOneAssociation(property, toOne, member));
        }
        if (value instanceof Component component) {
            return of(property, javaType, declaredIn, List.of(), null, embedded(component, member), null, null);
        }
        List<Column> columns = physical.columns(value, insertable, updatable);
        String enumStorage = null;
        String converter = null;
        if (value instanceof BasicValue basic) {
            try {
                BasicValue.Resolution<?> resolution = basic.resolve();
                Class<?> domain = resolution.getDomainJavaType().getJavaTypeClass();
                BasicValueConverter<?, ?> valueConverter = resolution.getValueConverter();
                if (valueConverter instanceof JpaAttributeConverter<?, ?> jpa) {
                    converter = jpa.getConverterJavaType().getJavaTypeClass().getName();
                } else if (basic.getJpaAttributeConverterDescriptor() != null) {
                    converter = basic.getJpaAttributeConverterDescriptor().getAttributeConverterClass().getName();
                }
                if (domain != null && domain.isEnum() && converter == null) {
                    int code = resolution.getJdbcType().getDefaultSqlTypeCode();
                    enumStorage = SqlTypes.isNumericType(code) || SqlTypes.isIntegral(code) ? "ORDINAL" : "STRING";
                }
            } catch (RuntimeException ignored) {
                // unresolvable type: the columns still tell the physical truth
            }
        }
        boolean nullable = columns.stream().allMatch(c -> c.nullable() || c.formula() != null);
        return new Attribute(property.getName(), javaType, declaredIn, Provenance.verified, nullable, property.isOptional(),
                columns, enumStorage, converter, physical.isLob(value), isVersion(property), false, null, null, null);
    }

    private Attribute of(Property property, String javaType, String declaredIn, List<Column> columns, String converter,
                         Embedded embedded, ElementCollection elements, Association association) {
        boolean nullable = association == null || association.optional();
        return new Attribute(property.getName(), javaType, declaredIn, Provenance.verified, nullable, property.isOptional(),
                columns, null, converter, false, false, false, embedded, elements, association);
    }

    private static boolean isVersion(Property property) {
        PersistentClass owner = property.getPersistentClass();
        return owner != null && owner.getVersion() == property;
    }

    private static String returnedClass(Property property) {
        try {
            return property.getType().getReturnedClassName();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * An embedded value. The column prefix is only stated when the mapping declares one
     * ({@code @EmbeddedColumnNaming}); names that merely look alike came from explicit
     * {@code @AttributeOverride}s, and a new field of the embeddable would not get that prefix.
     */
    Embedded embedded(Component component, MemberFacts member) {
        List<Attribute> attributes = new ArrayList<>();
        for (Property property : component.getProperties()) {
            attributes.add(attribute(property, component.getComponentClassName()));
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        String naming = member == null ? null : member.param("org.hibernate.annotations.EmbeddedColumnNaming", "value");
        return new Embedded(component.getComponentClassName(), naming == null || naming.isEmpty() ? null : naming, attributes);
    }

    private ElementCollection elementCollection(Collection collection, MemberFacts member) {
        Value element = collection.getElement();
        List<Column> valueColumns = List.of();
        List<Attribute> embeddable = List.of();
        String elementType;
        if (element instanceof Component component) {
            embeddable = embedded(component, null).attributes();
            elementType = component.getComponentClassName();
        } else {
            valueColumns = physical.columns(element, null, null);
            elementType = JavaTypes.simplify(elementTypeName(element));
        }
        Table table = collection.getCollectionTable();
        List<String> keyColumns = PhysicalFacts.names(collection.getKey().getColumns());
        return new ElementCollection(collectionType(collection), elementType, PhysicalFacts.table(table), keyColumns,
                PhysicalFacts.foreignKeyOver(table, keyColumns), valueColumns, embeddable, orderBy(collection),
                orderColumn(collection), mapKeyColumns(collection), collection.isLazy() ? "LAZY" : "EAGER",
                member != null && member.param(JPA + "ElementCollection", "fetch") != null);
    }

    private static String elementTypeName(Value element) {
        try {
            return element.getType().getReturnedClassName();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Association toOneAssociation(Property property, ToOne toOne, MemberFacts member) {
        PersistentClass target = metadata.getEntityBinding(toOne.getReferencedEntityName());
        String kind = member != null && member.has(JPA + "OneToOne") ? "OneToOne"
                : member != null && member.has(JPA + "ManyToOne") ? "ManyToOne"
                : toOne instanceof OneToOne || (toOne instanceof ManyToOne m && m.isLogicalOneToOne()) ? "OneToOne" : "ManyToOne";
        boolean owning = true;
        String mappedBy = null;
        boolean sharedPk = false;
        Table fkTable = physical.tableOf(toOne.getTable());
        List<Column> joinColumns = physical.columns(toOne, property.isInsertable(), property.isUpdatable());
        if (toOne instanceof OneToOne oneToOne) {
            mappedBy = oneToOne.getMappedByProperty();
            if (mappedBy != null || !oneToOne.isConstrained()) {
                owning = false;
                // the link is stored by the other side: show its join columns, in its table
                if (mappedBy != null && target != null) {
                    Property partner = findProperty(target, mappedBy);
                    if (partner != null && partner.getValue() instanceof ToOne other) {
                        fkTable = physical.tableOf(other.getTable());
                        joinColumns = physical.columns(other, null, null);
                    }
                }
            } else {
                sharedPk = true;
                fkTable = physical.tableOf(oneToOne.getTable());
                joinColumns = physical.columns(ownerOf(property).getIdentifier(), null, null);
            }
        } else if (member != null && member.has(JPA + "MapsId")) {
            sharedPk = true;
        }
        List<String> joinColumnNames = joinColumns.stream().map(Column::name).toList();
        List<String> referenced = owning ? referencedColumns(target, toOne.getReferencedPropertyName())
                : PhysicalFacts.names(ownerOf(property).getKey().getColumns());
        Table referencedTable = owning ? (target == null ? null : target.getTable()) : physical.tableOf(ownerOf(property).getTable());
        if (sharedPk) {
            referenced = referencedColumns(target, null);
            referencedTable = target == null ? null : target.getTable();
        }
        return new Association(kind, target == null ? toOne.getReferencedEntityName() : target.getJpaEntityName(), null, owning,
                mappedBy, mappedBy, mappedBy != null, PhysicalFacts.name(fkTable), joinColumns,
                PhysicalFacts.name(referencedTable), referenced,
                PhysicalFacts.foreignKeyOver(fkTable, joinColumnNames), null,
                owning ? property.isOptional() && joinColumns.stream().allMatch(Column::nullable) : property.isOptional(),
                sharedPk, cascade(property, member, kind), toOne.isLazy() ? "LAZY" : "EAGER",
                member != null && member.param(JPA + kind, "fetch") != null, null, null, null, List.of());
    }

    private Association collectionAssociation(Property property, Collection collection, MemberFacts member) {
        Value element = collection.getElement();
        String targetName = element instanceof OneToMany otm ? otm.getReferencedEntityName() : ((ManyToOne) element).getReferencedEntityName();
        PersistentClass target = metadata.getEntityBinding(targetName);
        String kind = member != null && member.has(JPA + "ManyToMany") ? "ManyToMany"
                : member != null && member.has(JPA + "OneToMany") ? "OneToMany"
                : element instanceof OneToMany ? "OneToMany" : "ManyToMany";
        boolean owning = !collection.isInverse();
        String mappedBy = collection.getMappedByProperty();
        Table table = collection.getCollectionTable();
        List<String> keyColumns = PhysicalFacts.names(collection.getKey().getColumns());
        String fkTable = null;
        List<Column> joinColumns = List.of();
        List<String> referenced;
        ForeignKey fk = null;
        JoinTable joinTable = null;
        PersistentClass owner = ownerOf(property);
        String referencedTable;
        if (element instanceof OneToMany) {
            fkTable = PhysicalFacts.name(table);
            Property partner = mappedBy == null || target == null ? null : findProperty(target, mappedBy);
            // The inverse side's key mirrors the owning side's join column; the owning side's mapping
            // (nullability included) is the one Hibernate writes with.
            joinColumns = partner != null && partner.getValue() instanceof ToOne owningSide
                    ? physical.columns(owningSide, null, null)
                    : physical.columns(collection.getKey(), null, null).stream().map(c -> table == null ? c : c.inTable(PhysicalFacts.name(table))).toList();
            referenced = referencedColumns(owner, collection.getReferencedPropertyName());
            referencedTable = PhysicalFacts.name(owner.getTable());
            fk = PhysicalFacts.foreignKeyOver(table, keyColumns);
        } else {
            List<String> targetColumns = PhysicalFacts.names(element.getColumns());
            joinTable = new JoinTable(PhysicalFacts.table(table), keyColumns, referencedTableOf(table, keyColumns),
                    targetColumns, referencedTableOf(table, targetColumns), PhysicalFacts.foreignKeys(table));
            referenced = referencedColumns(target, ((ManyToOne) element).getReferencedPropertyName());
            referencedTable = target == null ? null : PhysicalFacts.name(target.getTable());
        }
        String mapKey = collection instanceof org.hibernate.mapping.Map map ? map.getMapKeyPropertyName() : null;
        return new Association(kind, target == null ? targetName : target.getJpaEntityName(), collectionType(collection), owning,
                mappedBy, mappedBy, mappedBy != null, fkTable, joinColumns, referencedTable, referenced, fk, joinTable, true, false,
                cascade(property, member, kind), collection.isLazy() ? "LAZY" : "EAGER",
                member != null && member.param(JPA + kind, "fetch") != null, orderBy(collection), orderColumn(collection),
                mapKey, mapKey == null ? mapKeyColumns(collection) : List.of());
    }

    /** The table the FK over these columns points to (the truth for inherited associations). */
    private static String referencedTableOf(Table table, List<String> columns) {
        ForeignKey fk = PhysicalFacts.foreignKeyOver(table, columns);
        return fk == null ? null : fk.referencedTable();
    }

    private static List<String> referencedColumns(PersistentClass target, String referencedProperty) {
        if (target == null) return List.of();
        if (referencedProperty != null) {
            Property property = findProperty(target, referencedProperty);
            if (property != null) return PhysicalFacts.names(property.getValue().getColumns());
        }
        return PhysicalFacts.names(target.getKey().getColumns());
    }

    static Property findProperty(PersistentClass pc, String name) {
        String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        for (Property p : pc.getPropertyClosure()) {
            if (p.getName().equals(first)) {
                if (first.equals(name)) return p;
                if (p.getValue() instanceof Component c) {
                    return findIn(c, name.substring(first.length() + 1));
                }
            }
        }
        if (pc.getIdentifierProperty() != null && pc.getIdentifierProperty().getName().equals(name)) return pc.getIdentifierProperty();
        return null;
    }

    private static Property findIn(Component component, String path) {
        String first = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        for (Property p : component.getProperties()) {
            if (p.getName().equals(first)) {
                if (first.equals(path)) return p;
                if (p.getValue() instanceof Component c) return findIn(c, path.substring(first.length() + 1));
            }
        }
        return null;
    }

    private static Cascade cascade(Property property, MemberFacts member, String kind) {
        List<String> operations = new ArrayList<>();
        boolean orphan = false;
        try {
            CascadeStyle style = property.getCascadeStyle();
            if (style.doCascade(CascadingActions.EVICT)) operations.add("DETACH");
            if (style.doCascade(CascadingActions.LOCK)) operations.add("LOCK");
            if (style.doCascade(CascadingActions.MERGE)) operations.add("MERGE");
            if (style.doCascade(CascadingActions.PERSIST)) operations.add("PERSIST");
            if (style.doCascade(CascadingActions.REFRESH)) operations.add("REFRESH");
            if (style.doCascade(CascadingActions.REMOVE)) operations.add("REMOVE");
            orphan = style.hasOrphanDelete();
        } catch (RuntimeException ignored) {
            // no cascade style: no cascade
        }
        List<String> declared = new ArrayList<>();
        if (member != null) {
            String jpa = member.param(JPA + kind, "cascade");
            if (jpa != null && !jpa.isEmpty()) declared.addAll(List.of(jpa.split(",")));
            String hibernate = member.param("org.hibernate.annotations.Cascade", "value");
            if (hibernate != null && !hibernate.isEmpty()) {
                for (String h : hibernate.split(",")) declared.add("hibernate:" + h);
            }
        }
        return new Cascade(operations, declared, orphan);
    }

    private static String collectionType(Collection collection) {
        String simple = collection.getClass().getSimpleName();
        return switch (simple) {
            case "Bag" -> "bag (no order column; duplicates allowed)";
            case "IdentifierBag" -> "idbag";
            case "List" -> "list (indexed by an order column)";
            case "Set" -> "set";
            case "Map" -> "map";
            case "Array", "PrimitiveArray" -> "array";
            default -> simple.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String orderBy(Collection collection) {
        String orderBy = collection.getOrderBy();
        if (orderBy == null) orderBy = collection.getManyToManyOrdering();
        return orderBy;
    }

    private static String orderColumn(Collection collection) {
        if (collection instanceof org.hibernate.mapping.List list && list.getIndex() != null) {
            return String.join(",", PhysicalFacts.names(list.getIndex().getColumns()));
        }
        return null;
    }

    private List<Column> mapKeyColumns(Collection collection) {
        if (collection instanceof org.hibernate.mapping.Map map && map.getIndex() != null && map.getMapKeyPropertyName() == null) {
            return physical.columns(map.getIndex(), null, null);
        }
        return List.of();
    }

    /** Used by {@link IdentifierReader} for composite id parts. */
    Map<String, Attribute> attributesOf(Component component) {
        Map<String, Attribute> parts = new TreeMap<>();
        for (Property p : component.getProperties()) {
            parts.put(p.getName(), attribute(p, component.getComponentClassName()));
        }
        return parts;
    }
}
