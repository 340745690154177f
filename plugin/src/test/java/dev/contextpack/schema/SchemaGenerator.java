package dev.contextpack.schema;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.contextpack.model.ContextPack;
import dev.contextpack.render.Header;
import dev.contextpack.render.YamlRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the JSON Schema (draft 2020-12) of {@code context-pack.yaml} from the model records by
 * reflection: a record is a closed object, a nested record a {@code $ref} into {@code $defs}, an
 * enum a string with its constant names, {@code List<X>} an array of X.
 *
 * <p>A property is {@code required} when the YAML renderer writes it even for an empty value. That
 * is found out by rendering, through the real {@link YamlRenderer}, a pack in which every
 * component of the record is empty (null, an empty list, false or 0): with NON_EMPTY inclusion
 * these are the primitives plus whatever the renderer forces out (e.g. a mix-in with
 * {@code Include.ALWAYS}).
 *
 * <p>Every record and component needs a line in {@link #DESCRIPTIONS}; a new model field without
 * one fails the generation. Run {@link #main} (or {@code JsonSchemaTest} with
 * {@code -Dcontext-pack.writeSchema=true}) to rewrite the committed schema.
 */
public final class SchemaGenerator {

    public static final String ID = "https://contextpack.dev/schema/context-pack-1.schema.json";
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    /** The committed schema, relative to the plugin module's directory. */
    public static final Path COMMITTED = Path.of("src", "main", "resources", "dev", "contextpack", "schema",
            "context-pack-1.schema.json");
    public static final String VERSIONING = "formatVersion is MAJOR.MINOR; a reader for major version N can read every file"
            + " with the same major version: later minor versions only add optional properties.";

    private static final Class<?> ROOT = ContextPack.class;

    /** One line per record ("Record") and per component ("Record.component"), from the model's javadoc and code. */
    static final Map<String, String> DESCRIPTIONS = descriptions(
            "ContextPack", "The whole pack: the settings in force, the entities sorted by name, the repositories and named queries that read and write them, transaction boundaries, domain events, and findings.",
            "ContextPack.formatVersion", "Version of this file format as a quoted MAJOR.MINOR string such as \"1.0\"; this schema covers major version 1.",
            "ContextPack.generator", "The tool that wrote the file: context-pack.",
            "ContextPack.module", "The Maven module (its artifactId) whose entities the pack describes.",
            "ContextPack.settings", "The framework and Hibernate settings that shape the mapping, each with where its value came from.",
            "ContextPack.entities", "Every entity of the module sorted by entity name, including entities Hibernate rejected (provenance annotation).",
            "ContextPack.aggregates", "The cascade graph read as aggregates: each root and what PERSIST and REMOVE cascades reach from it.",
            "ContextPack.findings", "What context-pack could not verify or a reader must know, sorted by class, member and code.",
            "ContextPack.repositories", "The Spring Data and Jakarta Data repositories of the module, sorted by name, with every method they declare.",
            "ContextPack.repositoryBases", "The framework interfaces the repositories extend, each with the operations it gives them, listed once.",
            "ContextPack.namedQueries", "The named queries Hibernate registered (@NamedQuery, @NamedNativeQuery, orm.xml), sorted by name, each checked.",
            "ContextPack.transactions", "Every @Transactional declaration of the module (Spring's and jakarta.transaction's), by class and method.",
            "ContextPack.eventPublishers", "Entities that publish domain events when a Spring Data repository saves them.",
            "ContextPack.eventHandlers", "Methods that handle application events (@EventListener, @TransactionalEventListener).",
            "ContextPack.panache", "Quarkus Hibernate ORM with Panache: the active-record entities, Panache's query expansion shown on this application, and the query strings the code passes to Panache; absent when the application does not use Panache.",
            "Panache", "How the application uses Quarkus Hibernate ORM with Panache.",
            "Panache.version", "The quarkus-hibernate-orm-panache version on the project's class path.",
            "Panache.activeRecords", "The entities that extend PanacheEntity or PanacheEntityBase.",
            "Panache.expansions", "Panache's simplified query syntax, each rule computed by the project's own PanacheJpaUtil on an entity of this application.",
            "Panache.queries", "Every constant query string the code passes to a Panache find/list/stream/count/exists/delete/update, expanded by Panache and checked by Hibernate.",
            "Panache.provenance", "derived: read from the bytecode and computed with Panache's own classes.",
            "ActiveRecord", "An entity that extends PanacheEntity or PanacheEntityBase.",
            "ActiveRecord.entity", "The entity name.",
            "ActiveRecord.className", "The entity class.",
            "ActiveRecord.base", "PanacheEntity (inherits @Id @GeneratedValue public Long id) or PanacheEntityBase (declares its own id).",
            "ActiveRecord.accessors", "Hand-written getters and setters of its public fields, which Quarkus's build calls wherever another class uses the field.",
            "Expansion", "One rule of Panache's query syntax, shown on an entity of this application.",
            "Expansion.entity", "The entity the rule is shown on.",
            "Expansion.operation", "The Panache operation (find, count, delete, update).",
            "Expansion.written", "The query string and the values the call passes.",
            "Expansion.expanded", "The HQL Panache runs for it.",
            "Query", "A query string the application passes to a Panache operation.",
            "Query.entity", "The entity queried.",
            "Query.repository", "The PanacheRepository class called; absent for an active-record call on the entity.",
            "Query.caller", "The method that makes the call, as Class.method().",
            "Query.operation", "find, list, stream, count, exists, delete or update.",
            "Query.query", "The string as the code passes it.",
            "Query.expanded", "The HQL Panache runs (for #Entity.name, the named query's text); absent when it could not be expanded.",
            "Query.description", "The query in plain words, from Hibernate's reading of it.",
            "Query.status", "valid, invalid or unchecked.",
            "Query.problem", "Why it is invalid or unchecked.",
            "Query.provenance", "verified when Hibernate accepted the expanded query, else derived.",

            "Repository", "A repository the application queries its entities through: a Spring Data interface or a Jakarta Data @Repository.",
            "Repository.name", "The interface's simple name, or its class name when another repository of the pack has the same simple name; its page is repositories/<name>.md.",
            "Repository.className", "The interface's fully qualified name.",
            "Repository.style", "spring-data, jakarta-data or panache (a Quarkus PanacheRepository class).",
            "Repository.entity", "The entity name of the domain type; absent when the domain type is not an entity of the model.",
            "Repository.domainClass", "The domain type's class.",
            "Repository.idType", "The identifier type the repository declares.",
            "Repository.baseInterfaces", "The framework interfaces it extends (CrudRepository, JpaRepository, ...), whose operations it inherits.",
            "Repository.fragments", "Custom fragment interfaces it extends, each with the class of the module that implements it.",
            "Repository.methods", "The methods it declares itself, sorted by name and signature.",
            "Repository.usedBy", "The classes of the module that have it injected (constructor parameter or injected field).",
            "Repository.inheritedCalls", "The inherited operations (save, findById, ...) the module calls, each with the calling method and its transaction.",
            "Repository.save", "How Spring Data's save() decides between persist() and merge() for this entity.",
            "Repository.provenance", "verified when its entity is in Hibernate's boot model, else annotation.",
            "Repository.module", "The module of the build that holds the interface; only in a pack of several modules (context-pack:aggregate).",

            "SourceModule", "Where a class of a pack of several modules (context-pack:aggregate) lives in the build: the module to edit.",
            "SourceModule.artifactId", "The Maven module's artifactId.",
            "SourceModule.directory", "The module's directory relative to the build's top directory, with /; . for the top directory itself.",
            "SourceModule.source", "The class's source file relative to the build's top directory; absent when no source root of the module holds a .java or .kt file named after the class.",
            "SourceModule.provenance", "config: read from the Maven build (the module whose output directory holds the class file).",
            "Fragment", "A custom repository fragment: an interface of the application and the class that implements it.",
            "Fragment.interfaceName", "The fragment interface.",
            "Fragment.implementation", "The class that implements it (Spring Data looks for <Interface>Impl); absent when the module has none.",

            "QueryMethod", "One repository method and what it really runs.",
            "QueryMethod.name", "The method name.",
            "QueryMethod.signature", "name(Type parameter, ...) as declared, parameters named by @Param or by their compiled names.",
            "QueryMethod.returns", "The declared return type.",
            "QueryMethod.resultShape", "How the result is delivered, in words (one entity or null, an Optional, a List, a Page with a count query, a projection, ...).",
            "QueryMethod.source", "derived (method name), jpql or native (@Query), named (a named query), base (Spring Data's SimpleJpaRepository implements it), fragment, default, procedure, jakarta-data or panache (a PanacheRepository method, whose code passes query strings to Panache).",
            "QueryMethod.query", "The query text as Spring Data hands it to Hibernate, after its own rewriting; absent for derived methods.",
            "QueryMethod.countQuery", "The count query declared with @Query(countQuery).",
            "QueryMethod.derived", "The method name as Spring Data parses it, for derived queries.",
            "QueryMethod.description", "What the method queries, in plain words.",
            "QueryMethod.modifying", "For @Modifying: whether it flushes before and clears the persistence context after.",
            "QueryMethod.entityGraph", "The @EntityGraph it loads with.",
            "QueryMethod.lock", "The @Lock mode.",
            "QueryMethod.transaction", "The transaction it runs in: declared with @Transactional, or none (Spring Data gives declared methods none).",
            "QueryMethod.calledFrom", "The methods of the module that call it (read from their bytecode), each with the transaction it runs in.",
            "QueryMethod.status", "valid (Spring Data and Hibernate accept it), invalid (the application fails when it creates the repository) or unchecked.",
            "QueryMethod.problem", "Why it is invalid or unchecked: Spring Data's or Hibernate's message.",
            "QueryMethod.provenance", "verified when Hibernate checked the query against its model, derived when context-pack resolved the paths, annotation otherwise.",
            "DerivedQuery", "A method name Spring Data parsed.",
            "DerivedQuery.subject", "find, count, exists or delete.",
            "DerivedQuery.distinct", "Whether the name asks for distinct results.",
            "DerivedQuery.limit", "The Top/First limit, if any.",
            "DerivedQuery.alternatives", "The Or parts of the name: a row matches when it meets every condition of one of them.",
            "Alternative", "One Or part of a method name; all its conditions hold (And).",
            "Alternative.conditions", "The conditions, in the order of the name.",
            "DerivedQuery.orderBy", "The OrderBy part of the name.",
            "Condition", "One condition of a derived query.",
            "Condition.property", "The property path, dotted (customer.id).",
            "Condition.operator", "Spring Data's Part.Type: SIMPLE_PROPERTY, LIKE, GREATER_THAN, IN, IS_NULL, ...",
            "Condition.ignoreCase", "Whether the comparison ignores case.",
            "Condition.parameters", "The method parameters it consumes, by name or position.",
            "Ordering", "One ordering of a derived query.",
            "Ordering.property", "The property path it orders by.",
            "Ordering.direction", "ASC or DESC.",
            "Ordering.ignoreCase", "Whether the ordering ignores case.",

            "RepositoryBase", "A framework interface repositories extend, with the operations it gives every repository that extends it.",
            "RepositoryBase.interfaceName", "The interface's fully qualified name.",
            "RepositoryBase.operations", "Its methods, sorted by signature.",
            "RepositoryBase.provenance", "derived: read from the project's Spring Data classes.",
            "Operation", "An inherited repository operation.",
            "Operation.signature", "name(Type parameter, ...) as the interface declares it.",
            "Operation.transaction", "The transaction Spring Data runs it in, from SimpleJpaRepository's @Transactional.",

            "NamedQuery", "A named query Hibernate registered; Spring Data uses Entity.method as the query of the repository method method.",
            "NamedQuery.name", "The registration name.",
            "NamedQuery.query", "The JPQL/HQL or SQL text.",
            "NamedQuery.nativeQuery", "Whether it is native SQL (not checked).",
            "NamedQuery.status", "valid, invalid or unchecked.",
            "NamedQuery.problem", "Hibernate's message when invalid, or why it is unchecked.",
            "NamedQuery.provenance", "verified: from Hibernate's boot model.",

            "TransactionBoundary", "A @Transactional declaration with its defaults written out.",
            "TransactionBoundary.className", "The class or interface it is on.",
            "TransactionBoundary.method", "The method it is on; absent when on the class (it then covers every public method).",
            "TransactionBoundary.framework", "spring or jakarta.",
            "TransactionBoundary.readOnly", "Whether the transaction is read-only.",
            "TransactionBoundary.propagation", "The propagation (REQUIRED unless declared).",
            "TransactionBoundary.isolation", "The isolation level (Spring only; DEFAULT unless declared).",
            "TransactionBoundary.timeout", "The timeout in seconds, when declared.",
            "TransactionBoundary.rollbackFor", "Exceptions that also roll back (by default only unchecked exceptions do).",
            "TransactionBoundary.noRollbackFor", "Exceptions that never roll back.",
            "TransactionBoundary.provenance", "annotation: read from the bytecode.",

            "EventPublisher", "An entity that publishes domain events when a Spring Data repository saves it.",
            "EventPublisher.entity", "The entity name.",
            "EventPublisher.className", "The entity's class.",
            "EventPublisher.method", "The @DomainEvents method (or AbstractAggregateRoot's).",
            "EventPublisher.afterPublication", "The @AfterDomainEventPublication method that clears them.",
            "EventPublisher.provenance", "annotation: read from the bytecode.",

            "EventHandler", "A method that handles application events.",
            "EventHandler.className", "The class that declares it.",
            "EventHandler.method", "The method.",
            "EventHandler.kind", "@EventListener (runs at once, in the publisher's transaction) or @TransactionalEventListener.",
            "EventHandler.event", "The event type it handles.",
            "EventHandler.phase", "For transactional listeners, the phase it waits for (AFTER_COMMIT unless declared).",
            "EventHandler.fallbackExecution", "Whether a transactional listener also runs when no transaction is active.",
            "EventHandler.condition", "The SpEL condition, when declared.",
            "EventHandler.provenance", "annotation: read from the bytecode.",

            "Setting", "One framework setting that shapes the model, with where its value came from.",
            "Setting.name", "A property key (e.g. spring.jpa.open-in-view) or a derived fact such as framework, dialect, databaseVersion, hibernateVersion.",
            "Setting.value", "The value in force, always a string (numbers and booleans are quoted).",
            "Setting.provenance", "config: a settings file or plugin parameter; derived: inferred by context-pack; verified: reported by Hibernate itself.",
            "Setting.source", "Where the value came from, in words: the file and property, or why a default applies.",

            "Entity", "An entity with everything an agent needs to change it safely; attributes include those inherited from mapped superclasses and parent entities.",
            "Entity.name", "The JPA entity name, as used in JPQL.",
            "Entity.className", "Fully qualified name of the entity class.",
            "Entity.provenance", "verified when Hibernate's boot model accepted the entity; annotation when Hibernate could not boot it and only the bytecode is described (see unverified).",
            "Entity.declaredBy", "How the class is declared an entity: @Entity or orm.xml.",
            "Entity.isAbstract", "True when the entity class is abstract: only its subclasses have instances.",
            "Entity.table", "The primary table; absent when Hibernate could not boot the entity (see unverified.declaredTable).",
            "Entity.secondaryTables", "The @SecondaryTable tables that hold some of the entity's columns.",
            "Entity.inheritance", "The entity's place in an inheritance hierarchy; absent when it has neither a parent entity nor subclasses.",
            "Entity.mappedSuperclasses", "Fully qualified @MappedSuperclass classes the entity inherits attributes from, nearest first.",
            "Entity.identifier", "The primary key: its attribute or parts, its columns, and who assigns its value.",
            "Entity.versionAttribute", "Name of the @Version attribute used for optimistic locking, when there is one.",
            "Entity.attributes", "Every persistent attribute, inherited ones included, sorted by name.",
            "Entity.foreignKeys", "The foreign key constraints Hibernate exports on the entity's primary and secondary tables.",
            "Entity.uniqueKeys", "The unique constraints of the primary table, each as the list of its column names.",
            "Entity.callbacks", "The JPA lifecycle callbacks that run for this entity, in the order JPA calls them.",
            "Entity.automaticValues", "The values the framework sets for this entity: generated ids, versions, Hibernate generators, formulas, Spring Data auditing.",
            "Entity.constraints", "Unique keys, indexes, checks, the natural id and Bean Validation constraints.",
            "Entity.behaviours", "Switches that change what reads, writes, deletes or JSON do for this entity.",
            "Entity.aggregateRoot", "The root of the aggregate the entity belongs to (itself when no PERSIST cascade reaches it).",
            "Entity.deleteImpact", "What deleting one row of this entity does.",
            "Entity.rules", "What a change to this entity must respect, derived from owning side, cascade and FK nullability together; none for an unverified entity.",
            "Entity.module", "The module of the build that holds the entity class; only in a pack of several modules (context-pack:aggregate).",
            "Entity.unverified", "Present only when Hibernate could not boot the entity: why, what fixes it, and what its annotations declare beyond the attributes; every fact of the entity then has provenance annotation.",
            "Unverified", "Why Hibernate could not boot an entity, so that its facts are read from the bytecode only, and what to change so that it boots.",
            "Unverified.cause", "missingClass (it refers to a class missing from the class path), rejected (Hibernate rejected its mapping), linksToUnverified (rejected only because an entity it links to was left out), extractionFailed (context-pack could not read Hibernate's model of it) or bootFailed (Hibernate built no model at all).",
            "Unverified.relatedClass", "The missing class (missingClass) or the unverified entity class it links to (linksToUnverified).",
            "Unverified.member", "The member Hibernate's message names, when it names one.",
            "Unverified.reason", "What happened, with Hibernate's message.",
            "Unverified.fix", "What to change so that Hibernate boots the entity; then rebuild.",
            "Unverified.declaredTable", "The table as @Table declares it, before the physical naming strategy; absent when no name is declared (the name the naming strategy gives is then not known).",
            "Unverified.physicalTable", "declaredTable under the application's physical naming strategy: the strategy object applied to the declared name with Hibernate's JDBC environment, without booting the entity; absent when no name is declared or no boot gave a JDBC environment.",
            "Unverified.defaults", "The values the annotations leave out, written out as the JPA specification defines them (e.g. @ManyToOne fetch EAGER).",
            "JpaDefault", "A value the annotations do not write, as the JPA specification defines it.",
            "JpaDefault.attribute", "The attribute (a dotted path inside an embeddable); absent for an entity-level default such as the inheritance strategy.",
            "JpaDefault.property", "What the default is for: fetch, optional, cascade, orphanRemoval, generation or inheritance.",
            "JpaDefault.value", "The value JPA gives it.",
            "JpaDefault.rule", "The JPA rule that supplies it, e.g. JPA default of @ManyToOne.",

            "TableRef", "A physical table, qualified as the database sees it.",
            "TableRef.name", "Table name as Hibernate creates it, after the naming strategies.",
            "TableRef.schema", "The table's schema; absent for the default schema.",
            "TableRef.catalog", "The table's catalog; absent for the default catalog.",

            "SecondaryTable", "A @SecondaryTable: its rows share the entity's id through keyColumns.",
            "SecondaryTable.table", "The secondary table.",
            "SecondaryTable.keyColumns", "The columns of the secondary table that hold the entity's id and join it to the primary table.",
            "SecondaryTable.optional", "True when Hibernate writes the secondary row only if one of its values is not null, so the row may be missing.",

            "Inheritance", "Where an entity sits in an inheritance hierarchy.",
            "Inheritance.strategy", "SINGLE_TABLE, JOINED or TABLE_PER_CLASS.",
            "Inheritance.root", "Entity name of the root of the hierarchy.",
            "Inheritance.parent", "Entity name of the direct parent entity; absent for the root.",
            "Inheritance.subclasses", "Entity names of the direct subclasses, sorted.",
            "Inheritance.discriminatorColumn", "The column that tells the entities of the hierarchy apart; present for SINGLE_TABLE, and for JOINED when declared.",
            "Inheritance.discriminatorValue", "The discriminator value that marks rows of this entity.",
            "Inheritance.keyColumns", "For a JOINED subclass, the columns of its table that hold the id and join it to the parent's table.",

            "Identifier", "The identifier; a composite identifier lists its parts as attributes.",
            "Identifier.kind", "simple, embeddedId or idClass.",
            "Identifier.attribute", "Name of the @Id or @EmbeddedId attribute; absent for an @IdClass identifier.",
            "Identifier.javaType", "Java type of the id attribute, without the java.lang, java.util, java.time and java.math packages.",
            "Identifier.idClass", "Fully qualified @IdClass class, for kind idClass.",
            "Identifier.columns", "The primary key columns.",
            "Identifier.parts", "The attributes that make up a composite identifier (embeddedId or idClass).",
            "Identifier.mapsId", "The @MapsId associations whose target's id is copied into this id, as 'attribute' or 'attribute -> id part'.",
            "Identifier.generation", "Who assigns the identifier's value, and how.",

            "IdGeneration", "Who assigns the identifier, as Hibernate's own generator for this mapping does it.",
            "IdGeneration.strategy", "IDENTITY, SEQUENCE, TABLE, UUID, ASSIGNED, FOREIGN (copied from an association by @MapsId), AUTO, or the generator class name.",
            "IdGeneration.assignedBy", "One sentence on who sets the id and when, e.g. the database on insert or the application before persist.",
            "IdGeneration.generatorName", "The generator named in @GeneratedValue(generator), if any.",
            "IdGeneration.sequence", "Physical name of the database sequence, for SEQUENCE.",
            "IdGeneration.table", "Physical name of the generator table, for TABLE.",
            "IdGeneration.incrementSize", "How far the sequence or table value advances per call (Hibernate's allocation size), for SEQUENCE and TABLE.",
            "IdGeneration.initialValue", "The first value of the sequence or table, for SEQUENCE and TABLE.",
            "IdGeneration.provenance", "verified when Hibernate created the generator; annotation when it could not and the values come from @GeneratedValue.",

            "Attribute", "A persistent attribute; exactly one of columns (basic), embedded, elementCollection or association describes how it is stored.",
            "Attribute.name", "The attribute (field or property) name.",
            "Attribute.javaType", "The declared Java type, generics included, without the java.lang, java.util, java.time and java.math packages.",
            "Attribute.declaredIn", "Fully qualified class that declares the field: the entity, a mapped superclass or an embeddable.",
            "Attribute.provenance", "Where the facts about this attribute come from; verified when read from Hibernate's boot model.",
            "Attribute.nullable", "Whether the mapping allows null; for a basic value, true only when all its columns are nullable. For an unverified entity, only what the annotations declare (nullable, optional, @Id); Hibernate's own rules such as primitive types are not applied.",
            "Attribute.optional", "Hibernate's optional flag for the attribute: false when the mapping declares it required (optional = false).",
            "Attribute.columns", "The columns of a basic attribute; a @Formula appears as a column with formula set.",
            "Attribute.enumStorage", "ORDINAL or STRING for an enum attribute without a converter, as Hibernate stores it.",
            "Attribute.converter", "Fully qualified AttributeConverter class applied to the attribute, explicit or auto-applied.",
            "Attribute.lob", "True when a column of the attribute is a LOB type under the dialect in force.",
            "Attribute.version", "True for the @Version attribute.",
            "Attribute.identifier", "Meant to mark identifier attributes; context-pack currently always writes false (the id is described under Entity.identifier).",
            "Attribute.embedded", "How an @Embedded attribute is stored, when the attribute is one.",
            "Attribute.elementCollection", "How an @ElementCollection attribute is stored, when the attribute is one.",
            "Attribute.association", "The relationship to another entity, when the attribute is one.",
            "Attribute.declaredAnnotations", "Only for an unverified entity: the attribute's annotations with the parameters the bytecode writes explicitly; its physical columns are not known.",
            "DeclaredAnnotation", "An annotation on an attribute of an unverified entity, as the bytecode declares it.",
            "DeclaredAnnotation.name", "The annotation's simple name for jakarta.persistence (Column, ManyToOne, ...), its full name otherwise.",
            "DeclaredAnnotation.values", "The parameters written explicitly (defaults left out), sorted by name.",
            "Value", "One explicit annotation parameter.",
            "Value.name", "The parameter's name.",
            "Value.value", "Its value: arrays comma-separated, enum constants by name, classes by their full name.",

            "Column", "A physical column as Hibernate would create it; length, precision and scale are only present where the SQL type uses them.",
            "Column.name", "The column name; absent for a formula.",
            "Column.table", "Name of the table that holds the column.",
            "Column.sqlType", "The DDL type under the dialect in force, e.g. varchar(255) or numeric(12,2); absent for a formula.",
            "Column.nullable", "Whether the column accepts NULL.",
            "Column.unique", "True when the column alone is unique: declared unique, a single-column unique key or the single-column primary key.",
            "Column.length", "The length in the DDL type, e.g. 255 for varchar(255).",
            "Column.precision", "The precision in the DDL type, e.g. 12 for numeric(12,2).",
            "Column.scale", "The scale in the DDL type, e.g. 2 for numeric(12,2); present with precision.",
            "Column.defaultValue", "The SQL default value of the column (@ColumnDefault), as written in the DDL.",
            "Column.formula", "The SQL expression of a @Formula, computed on read instead of stored.",
            "Column.insertable", "false when the column is left out of INSERT statements; absent means it is inserted.",
            "Column.updatable", "false when the column is left out of UPDATE statements; absent means it is updated.",

            "Embedded", "An embeddable value stored in its owner's table.",
            "Embedded.embeddableClass", "Fully qualified @Embeddable class.",
            "Embedded.columnPrefix", "The column naming pattern declared with @EmbeddedColumnNaming (for example home_%s); absent when the columns keep the embeddable's names or are renamed one by one with @AttributeOverride.",
            "Embedded.attributes", "The embeddable's attributes with their columns, sorted by name.",

            "ElementCollection", "An @ElementCollection: values stored in their own table, deleted and re-inserted with the owner.",
            "ElementCollection.collectionType", "The collection semantics as Hibernate treats them: set, list, bag, map, idbag or array (list and bag with a short explanation).",
            "ElementCollection.elementType", "Java type of the elements: the embeddable class or the basic type.",
            "ElementCollection.table", "The collection table.",
            "ElementCollection.keyColumns", "The columns of the collection table that hold the owner's id.",
            "ElementCollection.foreignKey", "The foreign key from keyColumns to the owner's table, when Hibernate exports one.",
            "ElementCollection.valueColumns", "The columns that hold a basic element value.",
            "ElementCollection.embeddableAttributes", "For embeddable elements, the embeddable's attributes with their columns.",
            "ElementCollection.orderBy", "The @OrderBy ordering applied when the collection is loaded.",
            "ElementCollection.orderColumn", "The order column of a list (comma-separated when there are several).",
            "ElementCollection.mapKeyColumns", "For a map, the columns that hold the key.",
            "ElementCollection.fetch", "LAZY or EAGER, as Hibernate loads the collection.",
            "ElementCollection.fetchDeclared", "True when fetch is written on @ElementCollection; false means the JPA default (LAZY).",

            "Association", "A relationship to another entity, with its defaults made explicit.",
            "Association.kind", "ManyToOne, OneToOne, OneToMany or ManyToMany.",
            "Association.target", "Entity name of the associated entity.",
            "Association.collectionType", "For a to-many association, the collection semantics: set, list, bag, map, idbag or array.",
            "Association.owningSide", "True when changing this attribute writes the foreign key or join table rows.",
            "Association.mappedBy", "For the inverse side, the attribute of the target that owns the link.",
            "Association.partner", "The attribute on the target for the other direction, when bidirectional.",
            "Association.bidirectional", "True when the target maps the same link back.",
            "Association.fkTable", "The table that holds the join columns.",
            "Association.joinColumns", "The FK columns that store the link (in fkTable), written by the owning side only.",
            "Association.referencedTable", "The table the join columns point to.",
            "Association.referencedColumns", "The columns of referencedTable the join columns point to.",
            "Association.foreignKey", "The foreign key constraint over the join columns, when Hibernate exports one.",
            "Association.joinTable", "The join table that stores the links, for an association mapped through one.",
            "Association.optional", "False when a value is required (optional = false, or a NOT NULL join column on the owning side); always true for to-many.",
            "Association.sharedPrimaryKey", "True when the link is the primary key itself (@MapsId, or a @OneToOne that shares the id).",
            "Association.cascade", "The entity operations that cascade along the association.",
            "Association.fetch", "LAZY or EAGER as Hibernate will load it.",
            "Association.fetchDeclared", "True when fetch is written on the annotation; false means the JPA default for the kind.",
            "Association.orderBy", "The @OrderBy ordering applied when a to-many collection is loaded.",
            "Association.orderColumn", "The order column of a list (comma-separated when there are several).",
            "Association.mapKey", "For a map keyed by an attribute of the target (@MapKey), that attribute.",
            "Association.mapKeyColumns", "For a map without @MapKey, the columns that hold the key.",

            "Cascade", "The operations that travel along an association, with ALL expanded, as Hibernate's cascade style applies them.",
            "Cascade.operations", "The cascaded operations among DETACH, LOCK, MERGE, PERSIST, REFRESH and REMOVE; an empty list means no cascade.",
            "Cascade.declared", "The cascade types as the annotations write them (hibernate: prefix for @org.hibernate.annotations.Cascade); absent when none is declared.",
            "Cascade.orphanRemoval", "True when removing the target from the association deletes it.",

            "ForeignKey", "A foreign key constraint Hibernate would export.",
            "ForeignKey.name", "The constraint name.",
            "ForeignKey.table", "The table that holds the foreign key columns.",
            "ForeignKey.columns", "The foreign key columns, in constraint order.",
            "ForeignKey.referencedTable", "The table the foreign key points to.",
            "ForeignKey.referencedColumns", "The columns of referencedTable the key points to (its primary key unless another key is referenced).",
            "ForeignKey.onDelete", "What the database does to these rows when the referenced row is deleted: NO ACTION, CASCADE, SET NULL, SET DEFAULT or RESTRICT.",

            "JoinTable", "A join table: ownerColumns point at the entity that declares the association, targetColumns at the target.",
            "JoinTable.table", "The join table.",
            "JoinTable.ownerColumns", "The columns that point at the entity that declares the association.",
            "JoinTable.ownerTable", "The table the owner columns reference: the declaring entity's table, or its parent's for an inherited association.",
            "JoinTable.targetColumns", "The columns that point at the target entity.",
            "JoinTable.targetTable", "The table the target columns reference.",
            "JoinTable.foreignKeys", "The foreign keys Hibernate exports on the join table.",

            "LifecycleCallback", "A JPA lifecycle callback that runs for an entity: a method of the entity, of one of its superclasses or of an @EntityListeners class.",
            "LifecycleCallback.event", "PrePersist, PostPersist, PreUpdate, PostUpdate, PreRemove, PostRemove or PostLoad; absent for a listener outside the module, whose methods are not known.",
            "AutomaticValue", "A value the framework sets, which code must not set by hand.",
            "AutomaticValue.attribute", "The attribute, as a path (a.b) for values inside embeddables; (identifier) when the id has no attribute.",
            "AutomaticValue.setBy", "Who sets it: the database, Hibernate (with the annotation that asks for it) or Spring Data auditing.",
            "AutomaticValue.when", "When it is set: persist, insert, insert and every update, every read, ...",
            "AutomaticValue.provenance", "verified when Hibernate's model holds the generator, annotation for Spring Data auditing.",
            "Constraint", "A rule that rejects bad data: a unique key, an index, a check, a natural id or a Bean Validation constraint.",
            "Constraint.kind", "UNIQUE, INDEX, CHECK, NATURAL_ID or BEAN_VALIDATION.",
            "Constraint.name", "The constraint's or index's name in the database, when it has one.",
            "Constraint.attributes", "The attributes it applies to (paths for embedded values).",
            "Constraint.columns", "The columns it covers, for database constraints.",
            "Constraint.detail", "The SQL check condition, unique for a unique index, or the Bean Validation annotation with its parameters.",
            "Constraint.groups", "Bean Validation groups the constraint belongs to; absent means the Default group.",
            "Constraint.provenance", "verified for database constraints Hibernate exports, annotation for Bean Validation.",
            "Behaviour", "A Hibernate, Envers or Jackson switch that changes what reads, writes, deletes or JSON do.",
            "Behaviour.name", "The annotation, e.g. @SoftDelete, @SQLRestriction, @Immutable, @JsonIgnore.",
            "Behaviour.member", "The attribute it is on; absent when it is on the entity.",
            "Behaviour.detail", "Its value: the SQL restriction, the soft-delete column, the batch size, the filter condition, ...",
            "Behaviour.effect", "One sentence on what it does to this entity.",
            "Behaviour.provenance", "verified when read from Hibernate's model, annotation when read from the bytecode.",
            "DeleteImpact", "What deleting one row of the entity does: what is removed with it, and which foreign keys from other tables block it.",
            "DeleteImpact.softDelete", "How remove() is executed when it is not a DELETE (@SoftDelete, @SQLDelete); absent for a plain DELETE.",
            "DeleteImpact.alsoDeleted", "What REMOVE cascades and orphan removal delete with it, followed transitively (indented by depth).",
            "DeleteImpact.references", "Every foreign key that points at the entity's table, with what handles it before the delete.",
            "DeleteImpact.unverifiedLinks", "Associations of unverified entities that point at this entity (Entity.attribute): their foreign keys are not known, so they are not in references.",
            "Reference", "A foreign key that points at the entity's table.",
            "Reference.key", "The foreign key.",
            "Reference.handledBy", "What removes or detaches those rows first (a cascade, an owned collection, ON DELETE); absent means the key blocks the delete while such a row exists.",
            "Aggregate", "Entities saved and deleted together through cascades, with their root.",
            "Aggregate.root", "The entity no PERSIST cascade reaches: it is saved on its own.",
            "Aggregate.members", "The root and the entities assigned to its aggregate.",
            "Aggregate.savedWithRoot", "Entities PERSIST cascades reach from the root, transitively.",
            "Aggregate.deletedWithRoot", "Entities REMOVE cascades reach from the root, transitively.",
            "LifecycleCallback.declaredIn", "Fully qualified class that declares the callback: the entity, a superclass or the listener class.",
            "LifecycleCallback.method", "The callback method as name(); absent for a listener outside the module, where only the class is known.",
            "LifecycleCallback.listener", "True when the callback belongs to an @EntityListeners class rather than the entity's own hierarchy.",
            "LifecycleCallback.provenance", "Where the callback is known from: annotation (the bytecode) or config (a method named in orm.xml).",
            "LifecycleCallback.sets", "The properties the callback's code assigns (fields it writes, setters it calls), read from its bytecode; absent when it assigns none or its code is outside the module.",

            "Rule", "What a change must respect, derived from owning side, cascade and FK nullability together.",
            "Rule.topic", "A stable key for the kind of rule: link, cascade, orphan-removal, required, fetch, generated, version, element-collection, ...",
            "Rule.attribute", "The attribute the rule is about; absent for a rule about the entity as a whole.",
            "Rule.text", "One plain-language sentence, code names in backticks.",

            "Finding", "Something the plugin could not verify or that a reader must know: names the class, the member (when there is one) and what to do.",
            "Finding.code", "A stable code for the kind of finding, e.g. CP-BOOT-REJECTED.",
            "Finding.severity", "error, warning or info; errors and warnings are also logged by the build.",
            "Finding.className", "Fully qualified class the finding is about, when there is one.",
            "Finding.member", "The field or method the finding is about, when there is one.",
            "Finding.message", "What happened and what to do about it.",
            "Finding.suppressed", "The reason the team accepted this finding, from the suppression file; absent when it is not suppressed. A suppressed finding neither warns nor fails the build.");

    private SchemaGenerator() {
    }

    /** Rewrites the committed schema: {@code SchemaGenerator [file]}, by default the file under the plugin module. */
    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : committedFile();
        write(file);
        System.out.println("Wrote " + file.toAbsolutePath().normalize());
    }

    /** The committed schema from the plugin module's directory (surefire's) or from the repository root. */
    public static Path committedFile() {
        return Files.isDirectory(Path.of("src", "main", "java")) ? COMMITTED : Path.of("plugin").resolve(COMMITTED);
    }

    public static void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, generate());
    }

    /** The schema text: 2-space indent, LF line ends, a trailing newline. */
    public static String generate() {
        Map<String, Object> schema = schema();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> schema() {
        Set<Class<?>> records = reachableRecords();
        Map<Class<?>, Set<String>> written = alwaysWritten(records);
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", DRAFT);
        root.put("$id", ID);
        root.put("title", "context-pack.yaml, format version 1");
        root.put("description", describe(ROOT.getSimpleName(), used, problems) + " " + VERSIONING);
        objectSchema(ROOT, written.get(ROOT), root, used, problems);

        Map<String, Object> defs = new TreeMap<>();
        for (Class<?> record : records) {
            if (record == ROOT) continue;
            Map<String, Object> def = new LinkedHashMap<>();
            def.put("description", describe(record.getSimpleName(), used, problems));
            objectSchema(record, written.get(record), def, used, problems);
            if (defs.put(record.getSimpleName(), def) != null) {
                problems.add("two model records are named " + record.getSimpleName() + "; $defs are keyed by simple name");
            }
        }
        root.put("$defs", defs);

        Set<String> unused = new TreeSet<>(DESCRIPTIONS.keySet());
        unused.removeAll(used);
        unused.forEach(key -> problems.add("DESCRIPTIONS has \"" + key + "\", which is no longer in the model: remove it"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The JSON Schema cannot be generated from the model:\n  - " + String.join("\n  - ", problems)
                    + "\n(edit DESCRIPTIONS in " + SchemaGenerator.class.getName() + ")");
        }
        return root;
    }

    private static void objectSchema(Class<?> record, Set<String> alwaysWritten, Map<String, Object> into,
                                     Set<String> used, List<String> problems) {
        into.put("type", "object");
        into.put("additionalProperties", false);
        List<String> required = new ArrayList<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            if (alwaysWritten.contains(name)) required.add(name);
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("description", describe(record.getSimpleName() + "." + name, used, problems));
            property.putAll(typeSchema(component.getGenericType()));
            properties.put(name, property);
        }
        if (!required.isEmpty()) into.put("required", required);
        into.put("properties", properties);
    }

    private static String describe(String key, Set<String> used, List<String> problems) {
        used.add(key);
        String description = DESCRIPTIONS.get(key);
        if (description == null) {
            problems.add("no description for \"" + key + "\": add one line from the model's javadoc (or from what the code does)");
            return "";
        }
        return description;
    }

    private static Map<String, Object> typeSchema(Type type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            schema.put("type", "array");
            schema.put("items", typeSchema(parameterized.getActualTypeArguments()[0]));
        } else if (type == String.class) {
            schema.put("type", "string");
        } else if (type == boolean.class || type == Boolean.class) {
            schema.put("type", "boolean");
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            schema.put("type", "integer");
        } else if (type instanceof Class<?> c && c.isEnum()) {
            schema.put("type", "string");
            schema.put("enum", Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        } else if (type instanceof Class<?> c && c.isRecord()) {
            schema.put("$ref", "#/$defs/" + c.getSimpleName());
        } else {
            throw new IllegalStateException("No JSON Schema mapping for the model type " + type.getTypeName()
                    + "; extend " + SchemaGenerator.class.getSimpleName() + ".typeSchema");
        }
        return schema;
    }

    /** The root and every record reachable from it, in discovery order. */
    private static Set<Class<?>> reachableRecords() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(ROOT));
        while (!todo.isEmpty()) {
            Class<?> record = todo.poll();
            if (!found.add(record)) continue;
            for (RecordComponent component : record.getRecordComponents()) {
                Class<?> child = recordIn(component.getGenericType());
                if (child != null) todo.add(child);
            }
        }
        return found;
    }

    /** The record a component holds, directly or as list elements; null for anything else. */
    private static Class<?> recordIn(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return recordIn(parameterized.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> c && c.isRecord() ? c : null;
    }

    // ---- which properties the renderer always writes -------------------------------------------

    /**
     * For each record, the properties the real renderer writes when every component is empty. Each
     * record is reached from the root through one chain of components; the pack is rendered and
     * read back, and the keys of the probed object are taken.
     */
    private static Map<Class<?>, Set<String>> alwaysWritten(Set<Class<?>> records) {
        Map<Class<?>, List<RecordComponent>> paths = pathsFromRoot();
        Map<Class<?>, Set<String>> written = new HashMap<>();
        YAMLMapper yaml = new YAMLMapper();
        for (Class<?> record : records) {
            List<RecordComponent> path = paths.get(record);
            ContextPack pack = (ContextPack) emptyWith(ROOT, path, 0);
            String text = new YamlRenderer().render(pack, new Header("schema probe", "none")).content();
            JsonNode node;
            try {
                node = yaml.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (RecordComponent step : path) {
                node = node.get(step.getName());
                if (node != null && node.isArray()) node = node.get(0);
                if (node == null) {
                    throw new IllegalStateException("The renderer did not write " + step.getDeclaringRecord().getSimpleName() + "."
                            + step.getName() + " although it was set; cannot find out which properties of "
                            + record.getSimpleName() + " are always written:\n" + text);
                }
            }
            Set<String> components = new LinkedHashSet<>();
            for (RecordComponent component : record.getRecordComponents()) components.add(component.getName());
            Set<String> keys = new LinkedHashSet<>();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String key = names.next();
                if (!components.contains(key)) {
                    throw new IllegalStateException("The renderer writes " + record.getSimpleName() + "." + key
                            + ", which is not a component of the record: the schema's property names would be wrong");
                }
                keys.add(key);
            }
            written.put(record, keys);
        }
        return written;
    }

    /** A shortest chain of components from the root to each reachable record. */
    private static Map<Class<?>, List<RecordComponent>> pathsFromRoot() {
        Map<Class<?>, List<RecordComponent>> paths = new HashMap<>();
        paths.put(ROOT, List.of());
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(ROOT));
        while (!todo.isEmpty()) {
            Class<?> record = todo.poll();
            for (RecordComponent component : record.getRecordComponents()) {
                Class<?> child = recordIn(component.getGenericType());
                if (child != null && !paths.containsKey(child)) {
                    List<RecordComponent> path = new ArrayList<>(paths.get(record));
                    path.add(component);
                    paths.put(child, List.copyOf(path));
                    todo.add(child);
                }
            }
        }
        return paths;
    }

    /** An instance of {@code record} with every component empty except the next step of {@code path}. */
    private static Object emptyWith(Class<?> record, List<RecordComponent> path, int step) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = empty(types[i]);
            if (step < path.size() && components[i].getName().equals(path.get(step).getName())) {
                Object child = emptyWith(recordIn(components[i].getGenericType()), path, step + 1);
                values[i] = types[i] == List.class ? List.of(child) : child;
            }
        }
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create an empty " + record.getSimpleName() + ": " + e, e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) return false;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == short.class) return (short) 0;
        if (type == List.class) return List.of();
        if (type.isPrimitive()) throw new IllegalStateException("No empty value for the primitive " + type);
        return null;
    }

    private static Map<String, String> descriptions(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (map.put(keysAndValues[i], keysAndValues[i + 1]) != null) {
                throw new IllegalStateException("Two descriptions for " + keysAndValues[i]);
            }
        }
        return map;
    }
}
