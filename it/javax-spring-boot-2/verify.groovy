// A Spring Boot 2.7 / Hibernate 5.6 / javax.persistence application that only adds the plugin: its classes are mapped
// to jakarta.persistence as they load, Hibernate 7 builds the model under Boot 2's naming, the facts Hibernate 5 decides
// otherwise are stated for Hibernate 5 (values measured on Hibernate 5.6.15's own boot metamodel), and the Hibernate 5
// annotations Hibernate 7 no longer has are reported by name with their values.
def pack = new File(basedir, 'context-pack')
def yaml = new File(pack, 'context-pack.yaml').text
def customer = new File(pack, 'entities/Customer.md').text
def order = new File(pack, 'entities/PurchaseOrder.md').text
def repository = new File(pack, 'repositories/PurchaseOrderRepository.md').text
def log = new File(basedir, 'build.log').text

assert log.contains('context-pack: 4 entities;')
assert log.contains('the module uses javax.persistence')
// the project's own classes are left as compiled
def compiled = new File(basedir, 'target/classes/com/example/legacy/Customer.class').getText('ISO-8859-1')
assert compiled.contains('javax/persistence/Entity') && !compiled.contains('jakarta/persistence')

// Spring Boot 2.7's naming: its HibernateProperties names CamelCaseToUnderscoresNamingStrategy (2.6+) and SpringImplicitNamingStrategy
assert yaml =~ /name: framework\s+value: Spring Boot 2\s/
assert yaml =~ /name: physicalNamingStrategy\s+value: org\.hibernate\.boot\.model\.naming\.CamelCaseToUnderscoresNamingStrategy\s+provenance: derived\s+source: Spring Boot 2 default/
assert yaml =~ /name: implicitNamingStrategy\s+value: org\.springframework\.boot\.orm\.jpa\.hibernate\.SpringImplicitNamingStrategy\s/
assert yaml =~ /name: projectHibernateVersion\s+value: 5\.6\.15\.Final\s+provenance: derived\s+source: "hibernate-core on the project's runtime class path; the facts are verified by Hibernate 7\./

// verified tables and columns under that naming, the embeddable's columns, the FK column of the @ManyToOne
assert yaml =~ /table:\s+name: customer\n/ && yaml =~ /table:\s+name: purchase_order\n/
assert customer.contains('| `displayName` | `display_name` | `varchar(80)` | **NOT NULL** |')
assert customer.contains('| `homeAddress.streetLine` | `street_line` |') && customer.contains('| `homeAddress.postCode` | `post_code` |')
assert customer.contains('| `loyaltyPoints` | `loyalty_points` | `integer` | **NOT NULL** |')
// a primitive with an explicit @Column: nullable under Hibernate 5.6 (measured) and 7 alike
assert customer.contains('| `visits` | `visit_count` | `integer` | yes |')
assert order.contains('`purchase_order.customer_ref` → `customer(id)` | **no** | LAZY |')
assert customer.contains('inverse (mappedBy `customer`), partner `PurchaseOrder.customer`')

// AUTO id: Hibernate 5's hibernate_sequence, allocated one by one (Hibernate 7 alone would say customer_seq, increment 50)
assert yaml =~ /name: hibernate\.id\.db_structure_naming_strategy\s+value: legacy\s+provenance: derived/
assert yaml =~ /generation:\s+strategy: SEQUENCE\s+assignedBy: "Hibernate, from sequence hibernate_sequence at persist\(\)"\s+sequence: hibernate_sequence\s+incrementSize: 1\s+initialValue: 1\s+provenance: derived/
assert customer.contains('Strategy `SEQUENCE`, sequence `hibernate_sequence`, increment 1')
assert !yaml.contains('customer_seq\n') && !customer.contains('sequence `customer_seq`')
assert customer.contains('**CP-HIBERNATE-VERSION** (info): The application runs Hibernate 5.6.15.Final') && customer.contains('the id comes from `hibernate_sequence`, allocated one by one')
// SQL types Hibernate 5.6 gives otherwise on PostgreSQL (the dialect comes from the JDBC URL)
assert order.contains('`placed_at` is `timestamp` (Hibernate 7.')
assert order.contains('| `placedAt` | `placed_at` | `timestamp(6) with time zone` |')

// @Inheritance on a @MappedSuperclass: Hibernate 7 rejects it there, Hibernate 5.6 applies it to the hierarchy below (measured):
// it is given to the root entity, and Hibernate 7 verifies the union-subclass hierarchy
assert yaml =~ /table:\s+name: customer_note\s+inheritance:\s+strategy: TABLE_PER_CLASS\s+root: CustomerNote\s+subclasses:\s+- FlaggedNote/
assert new File(pack, 'entities/FlaggedNote.md').text.contains('- Strategy `TABLE_PER_CLASS`, root `CustomerNote`, parent `CustomerNote`.')
assert yaml =~ /code: CP-LEGACY-MAPPING\s+severity: info\s+className: com\.example\.legacy\.Note\s+message: "@Inheritance\(strategy = TABLE_PER_CLASS\) on this @MappedSuperclass/
// its @Table is ignored, as by Hibernate 5.6 (measured): the entities keep their own tables
assert yaml =~ /code: CP-LEGACY-MAPPING\s+severity: info\s+className: com\.example\.legacy\.Note\s+message: "@Table\(name = \\"notes\\"\) on this @MappedSuperclass/
assert !(yaml =~ /table:\s+name: notes\n/)

// Spring Data JPA 2's AuditingEntityListener (javax callbacks in its jar) is read for the lifecycle; @EnableJpaAuditing is seen
assert order.contains('- `@PrePersist` `AuditingEntityListener.touchForCreate()` (entity listener `org.springframework.data.jpa.domain.support.AuditingEntityListener`)')
assert order.contains('| `createdAt` | Spring Data auditing (@CreatedDate) | insert | annotation |')
assert !yaml.contains('code: CP-AUDITING-')

// Hibernate 5 annotations that Hibernate 7 does not have or cannot read: named with their values, on the entity page.
// @Where and @Type(type = "yes_no") have exact Hibernate 7 equivalents, which Hibernate 7 then verifies: the rows hidden
// and the char(1) column are the application's (Hibernate 5.6 measured: archived char(1)).
assert customer.contains('**CP-LEGACY-ANNOTATION** (info): @Where(clause = "archived = false") (org.hibernate.annotations.Where, read from the bytecode, provenance: annotation)')
assert customer.contains('gave Hibernate its exact equivalent, @SQLRestriction("archived = false"), and the verified facts reflect that.')
assert customer.contains('only sees rows where `archived = false`')
assert customer.contains('**CP-LEGACY-ANNOTATION** (info) `archived`: @Type(type = "yes_no")') && customer.contains('@Convert(converter = YesNoConverter.class)')
assert customer.contains('| `archived` | `archived` | `char(1)` | **NOT NULL** |') && customer.contains('converter `org.hibernate.type.YesNoConverter`')
// @LazyToOne has none: reported, not reflected
assert order.contains('**CP-LEGACY-ANNOTATION** (warning) `customer`: @LazyToOne(value = NO_PROXY)')
assert order.contains('Hibernate ORM 7.') && order.contains('has no @LazyToOne, so it ignores it; the verified facts of this pack do not reflect it. Your application runs Hibernate 5.6.15.Final, which applies it.')
assert !yaml.contains('code: CP-ANNOTATION-UNKNOWN') : 'a legacy annotation is reported once, as CP-LEGACY-ANNOTATION'
assert !yaml.contains('code: CP-BOOT-') : 'every entity is verified'

// Spring Data JPA 2.7, converted as it loads: derived queries parsed by its PartTree, @Query text checked by Hibernate 7
assert repository.contains('### `findByCustomerIdAndOrderStatus(Long customerId, OrderStatus orderStatus)`')
assert repository.contains('Finds PurchaseOrder entities whose `customer.id` = `customerId` and `orderStatus` = `orderStatus`')
assert yaml =~ /name: placedBy[\s\S]*?status: valid/
assert yaml =~ /name: byNickname[\s\S]*?status: invalid\s+problem: "Hibernate rejects this query: Could not resolve attribute 'nickname'/
assert repository.contains("No property 'displayNme' found for type 'Customer'")
// SpEL in @Query: Spring Data JPA 2.7 renders it with classes of its own that context-pack does not call: unchecked, with the reason
assert yaml =~ /name: inStatus[\s\S]*?status: unchecked\s+problem: "?the project's Spring Data 2\.7\.\d+ rewrites this text with classes context-pack does not call/

// No connection data, and no path of the temporary converted classes
pack.eachFileRecurse { f ->
    if (f.isFile()) {
        def text = f.text
        assert !text.contains('jdbc:') && !text.contains('s3cret') : "${f} contains connection data"
        assert !text.contains('context-pack-classes-') : "${f} names the temporary directory"
    }
}
