package dev.contextpack.extract;

import dev.contextpack.model.Attribute;
import dev.contextpack.model.Column;
import dev.contextpack.model.IdGeneration;
import dev.contextpack.model.Identifier;
import dev.contextpack.model.Provenance;
import dev.contextpack.scan.ClassFacts;
import dev.contextpack.scan.MemberFacts;
import dev.contextpack.scan.ScanResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.dialect.Dialect;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.DatabaseStructure;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.GeneratorSettings;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The identifier and who assigns it. The generator is created by Hibernate itself from the
 * mapping (no database), so a plain {@code @GeneratedValue} shows the sequence Hibernate really
 * uses under the dialect in force.
 */
final class IdentifierReader {

    private final Metadata metadata;
    private final Dialect dialect;
    private final ScanResult scan;
    private final PhysicalFacts physical;
    private final MetamodelExtractor extractor;

    IdentifierReader(Metadata metadata, Dialect dialect, ScanResult scan, PhysicalFacts physical, MetamodelExtractor extractor) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.scan = scan;
        this.physical = physical;
        this.extractor = extractor;
    }

    Identifier identifier(PersistentClass pc) {
        KeyValue key = pc.getRootClass().getIdentifier();
        Property idProperty = pc.getRootClass().getIdentifierProperty();
        Component mapper = pc.getRootClass().getIdentifierMapper();
        String rootClass = pc.getRootClass().getClassName();
        List<Column> columns = physical.columns(key, null, null);
        List<String> mapsId = mapsId(rootClass);
        IdGeneration generation = generation(pc, key, idProperty, mapsId);
        if (mapper != null) {
            String idClass = key instanceof Component c ? c.getComponentClassName() : null;
            List<Attribute> parts = new ArrayList<>();
            for (Property p : mapper.getProperties()) parts.add(extractor.attribute(p, rootClass));
            return new Identifier("idClass", null, null, idClass, columns, parts, mapsId, generation);
        }
        if (idProperty != null && idProperty.getValue() instanceof Component component) {
            List<Attribute> parts = new ArrayList<>(extractor.attributesOf(component).values());
            MemberFacts member = scan.member(rootClass, idProperty.getName());
            return new Identifier("embeddedId", idProperty.getName(), JavaTypes.simplify(member == null ? component.getComponentClassName() : member.type()),
                    null, columns, parts, mapsId, generation);
        }
        String name = idProperty == null ? null : idProperty.getName();
        MemberFacts member = name == null ? null : scan.member(rootClass, name);
        String type = member != null ? member.type() : idProperty == null ? null : safeType(idProperty);
        return new Identifier("simple", name, JavaTypes.simplify(type), null, columns, List.of(), mapsId, generation);
    }

    private static String safeType(Property p) {
        try {
            return p.getType().getReturnedClassName();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Attributes annotated {@code @MapsId}, with the id attribute they fill when named. */
    private List<String> mapsId(String className) {
        TreeSet<String> found = new TreeSet<>();
        for (ClassFacts facts = scan.classes().get(className); facts != null; facts = scan.classes().get(facts.superclass())) {
            List<MemberFacts> members = new ArrayList<>(facts.fields().values());
            members.addAll(facts.getters().values());
            for (MemberFacts m : members) {
                if (m.has(MetamodelExtractor.JPA + "MapsId")) {
                    String value = m.param(MetamodelExtractor.JPA + "MapsId", "value");
                    found.add(value == null || value.isEmpty() ? m.name() : m.name() + " -> " + value);
                }
            }
            if (facts.superclass() == null) break;
        }
        return List.copyOf(found);
    }

    private IdGeneration generation(PersistentClass pc, KeyValue key, Property idProperty, List<String> mapsId) {
        MemberFacts member = idProperty == null ? null : scan.member(pc.getRootClass().getClassName(), idProperty.getName());
        String generatorName = member == null ? null : member.param(MetamodelExtractor.JPA + "GeneratedValue", "generator");
        Generator generator;
        try {
            generator = key.createGenerator(dialect, pc.getRootClass(), idProperty, settings());
        } catch (RuntimeException e) {
            String strategy = member == null ? null : member.param(MetamodelExtractor.JPA + "GeneratedValue", "strategy");
            boolean generated = member != null && member.has(MetamodelExtractor.JPA + "GeneratedValue");
            return new IdGeneration(generated ? (strategy == null ? "AUTO" : strategy) : "ASSIGNED",
                    generated ? "the generator named in the mapping (Hibernate could not create it: " + e.getMessage() + ")"
                            : "the application: set it before persist",
                    generatorName, null, null, null, null, Provenance.annotation);
        }
        boolean wholeIdCopied = mapsId.stream().anyMatch(m -> !m.contains(" -> "));
        if (wholeIdCopied) {
            return new IdGeneration("FOREIGN", "Hibernate at persist(), copied from the associated entity's id (@MapsId)",
                    null, null, null, null, null, Provenance.verified);
        }
        if (!mapsId.isEmpty()) {
            // @MapsId("part"): Hibernate fills that part of the composite id; the application sets the others
            return new IdGeneration("ASSIGNED", "the application, except " + String.join(", ", mapsId.stream()
                    .map(m -> "`" + m.substring(m.indexOf(" -> ") + 4) + "` (copied from `" + m.substring(0, m.indexOf(" -> ")) + "` by @MapsId)")
                    .toList()), null, null, null, null, null, Provenance.verified);
        }
        String type = generator.getClass().getName();
        if (generator instanceof SequenceStyleGenerator sequence) {
            DatabaseStructure structure = sequence.getDatabaseStructure();
            String physicalName = structure.getPhysicalName().render();
            boolean isTable = structure.getClass().getSimpleName().contains("Table");
            return new IdGeneration(isTable ? "TABLE" : "SEQUENCE",
                    "Hibernate, from " + (isTable ? "table " : "sequence ") + physicalName + " at persist()",
                    generatorName, isTable ? null : physicalName, isTable ? physicalName : null,
                    structure.getIncrementSize(), structure.getInitialValue(), Provenance.verified);
        }
        if (generator instanceof TableGenerator table) {
            return new IdGeneration("TABLE", "Hibernate, from table " + table.getTableName() + " (row '" + table.getSegmentValue()
                    + "') at persist()", generatorName, null, table.getTableName(), table.getIncrementSize(),
                    table.getInitialValue(), Provenance.verified);
        }
        if (type.endsWith("IdentityGenerator")) {
            return new IdGeneration("IDENTITY", "the database on insert (identity column: persist() runs the INSERT at once)",
                    generatorName, null, null, null, null, Provenance.verified);
        }
        if (type.endsWith("UuidGenerator") || type.contains("Uuid")) {
            return new IdGeneration("UUID", "Hibernate, a new random UUID at persist", generatorName, null, null, null, null,
                    Provenance.verified);
        }
        if (type.endsWith(".Assigned") || type.endsWith("CompositeNestedGeneratedValueGenerator")) {
            return new IdGeneration("ASSIGNED", "the application: set the id before persist", null, null, null, null, null,
                    Provenance.verified);
        }
        return new IdGeneration(generator.getClass().getSimpleName(), "the generator " + type, generatorName, null, null, null, null,
                Provenance.verified);
    }

    private GeneratorSettings settings() {
        SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromConfigurationMap(
                metadata.getDatabase().getJdbcEnvironment(), metadata.getDatabase(), Map.of());
        return new GeneratorSettings() {
            @Override
            public String getDefaultCatalog() {
                return null;
            }

            @Override
            public String getDefaultSchema() {
                return null;
            }

            @Override
            public SqlStringGenerationContext getSqlStringGenerationContext() {
                return context;
            }
        };
    }
}
