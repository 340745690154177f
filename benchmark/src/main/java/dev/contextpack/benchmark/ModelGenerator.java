package dev.contextpack.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Java sources of a synthetic but realistic JPA model: N entities in groups of ten
 * (an order-management slice each), every group linked to the previous one, plus N/2 Spring Data
 * repositories. Each group has
 * <ul>
 *   <li>JOINED inheritance ({@code Party} abstract, {@code Person}, {@code Company}) and SINGLE_TABLE
 *       inheritance ({@code Payment}, {@code CardPayment});</li>
 *   <li>embeddables (the shared {@code Address} and {@code Money}, with attribute overrides, and the
 *       group's own {@code Dimensions}); an element collection;</li>
 *   <li>bidirectional one-to-many ({@code Order.lines}, {@code Party.orders}, {@code Order.payments}),
 *       a bidirectional one-to-one ({@code Order.shipment}), a self reference ({@code Tag.parent}) and a
 *       link to the previous group ({@code Shipment.carrier});</li>
 *   <li>a bidirectional many-to-many over a join table ({@code Product.tags}/{@code Tag.products});</li>
 *   <li>lifecycle callbacks on the mapped superclass, on entities and in an entity listener;</li>
 *   <li>equals/hashCode on a business key, a loop over a LAZY collection (read by the plugin's ASM pass);</li>
 *   <li>five repositories with derived query methods and {@code @Query} methods.</li>
 * </ul>
 * The same N always gives the same sources.
 */
public final class ModelGenerator {

    public static final int GROUP_SIZE = 10;
    public static final String BASE_PACKAGE = "bench.model";

    /** Writes the sources under {@code sourceDirectory}; returns the files written. */
    public List<Path> generate(int entities, Path sourceDirectory) throws IOException {
        if (entities <= 0 || entities % GROUP_SIZE != 0) {
            throw new IllegalArgumentException("The number of entities must be a positive multiple of " + GROUP_SIZE + ", not " + entities);
        }
        List<Path> files = new ArrayList<>();
        String common = BASE_PACKAGE + ".common";
        files.add(write(sourceDirectory, common, "BaseEntity", baseEntity(common)));
        files.add(write(sourceDirectory, common, "Address", address(common)));
        files.add(write(sourceDirectory, common, "Money", money(common)));
        files.add(write(sourceDirectory, common, "Status", "package " + common + ";\n\npublic enum Status { NEW, PAID, SHIPPED, CANCELLED }\n"));
        files.add(write(sourceDirectory, common, "AuditListener", auditListener(common)));
        int groups = entities / GROUP_SIZE;
        for (int g = 0; g < groups; g++) {
            files.addAll(group(sourceDirectory, g));
        }
        return files;
    }

    private static List<Path> group(Path dir, int g) throws IOException {
        String pkg = BASE_PACKAGE + ".g" + g;
        String repo = BASE_PACKAGE + ".g" + g + ".repository";
        // the previous group's Party: groups are linked like the modules of a real application
        String carrier = g == 0 ? "Party0" : BASE_PACKAGE + ".g" + (g - 1) + ".Party" + (g - 1);
        String s = String.valueOf(g);
        String imports = "import " + BASE_PACKAGE + ".common.*;\nimport jakarta.persistence.*;\nimport java.math.BigDecimal;\n"
                + "import java.time.*;\nimport java.util.*;\n\n";
        List<Path> files = new ArrayList<>();

        files.add(write(dir, pkg, "Dimensions" + s, "package " + pkg + ";\n\nimport jakarta.persistence.*;\n\n"
                + "@Embeddable\npublic class Dimensions" + s + " {\n"
                + "    @Column(name = \"width_mm\") private Integer width;\n"
                + "    @Column(name = \"height_mm\") private Integer height;\n"
                + "    @Column(name = \"weight_g\") private Integer weight;\n"
                + "    public Integer getWeight() { return weight; }\n}\n"));

        files.add(write(dir, pkg, "Party" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Inheritance(strategy = InheritanceType.JOINED)\n@Table(name = \"party_" + s + "\", uniqueConstraints = @UniqueConstraint(name = \"uk_party_" + s + "_email\", columnNames = \"email\"))\n"
                + "@EntityListeners(AuditListener.class)\n"
                + "public abstract class Party" + s + " extends BaseEntity {\n"
                + "    @Column(nullable = false, length = 120) private String name;\n"
                + "    @Column(nullable = false, length = 200) private String email;\n"
                + "    @Embedded private Address address;\n"
                + "    @OneToMany(mappedBy = \"party\") private List<Order" + s + "> orders = new ArrayList<>();\n"
                + "    public String getName() { return name; }\n"
                + "    public void setName(String name) { this.name = name; }\n"
                + "    public List<Order" + s + "> getOrders() { return orders; }\n"
                + "    public BigDecimal totalOrdered() {\n"
                + "        BigDecimal total = BigDecimal.ZERO;\n"
                + "        for (Order" + s + " order : orders) total = total.add(order.sum());\n"
                + "        return total;\n    }\n}\n"));

        files.add(write(dir, pkg, "Person" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Table(name = \"person_" + s + "\")\n"
                + "public class Person" + s + " extends Party" + s + " {\n"
                + "    @Column(name = \"first_name\", length = 60) private String firstName;\n"
                + "    @Column(name = \"last_name\", nullable = false, length = 60) private String lastName;\n"
                + "    private LocalDate birthDate;\n"
                + "    @PrePersist @PreUpdate void fillName() { if (getName() == null) setName(firstName + \" \" + lastName); }\n}\n"));

        files.add(write(dir, pkg, "Company" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Table(name = \"company_" + s + "\")\n"
                + "public class Company" + s + " extends Party" + s + " {\n"
                + "    @Column(name = \"vat_number\", unique = true, length = 20) private String vatNumber;\n"
                + "    @Embedded\n    @AttributeOverrides({\n"
                + "        @AttributeOverride(name = \"street\", column = @Column(name = \"billing_street\")),\n"
                + "        @AttributeOverride(name = \"city\", column = @Column(name = \"billing_city\")),\n"
                + "        @AttributeOverride(name = \"postalCode\", column = @Column(name = \"billing_postal_code\")),\n"
                + "        @AttributeOverride(name = \"country\", column = @Column(name = \"billing_country\"))\n    })\n"
                + "    private Address billingAddress;\n}\n"));

        files.add(write(dir, pkg, "Order" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Table(name = \"orders_" + s + "\", indexes = @Index(name = \"ix_orders_" + s + "_status\", columnList = \"status, placed_at\"))\n"
                + "public class Order" + s + " extends BaseEntity {\n"
                + "    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = \"party_id\") private Party" + s + " party;\n"
                + "    @OneToMany(mappedBy = \"order\", cascade = CascadeType.ALL, orphanRemoval = true) @OrderBy(\"position\")\n"
                + "    private List<OrderLine" + s + "> lines = new ArrayList<>();\n"
                + "    @OneToMany(mappedBy = \"order\", cascade = {CascadeType.PERSIST, CascadeType.MERGE}) private Set<Payment" + s + "> payments = new HashSet<>();\n"
                + "    @OneToOne(mappedBy = \"order\", fetch = FetchType.LAZY) private Shipment" + s + " shipment;\n"
                + "    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private Status status = Status.NEW;\n"
                + "    @Column(name = \"placed_at\") private Instant placedAt;\n"
                + "    @Embedded @AttributeOverrides({\n"
                + "        @AttributeOverride(name = \"amount\", column = @Column(name = \"total_amount\", precision = 12, scale = 2)),\n"
                + "        @AttributeOverride(name = \"currency\", column = @Column(name = \"total_currency\", length = 3))\n    })\n"
                + "    private Money total;\n"
                + "    @Lob private String note;\n"
                + "    @PrePersist void place() { if (placedAt == null) placedAt = Instant.now(); }\n"
                + "    public BigDecimal sum() {\n"
                + "        BigDecimal sum = BigDecimal.ZERO;\n"
                + "        for (OrderLine" + s + " line : lines) sum = sum.add(line.getProduct().getPrice().multiply(BigDecimal.valueOf(line.getQuantity())));\n"
                + "        return sum;\n    }\n"
                + "    public void addLine(OrderLine" + s + " line) { lines.add(line); line.setOrder(this); }\n}\n"));

        files.add(write(dir, pkg, "OrderLine" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Table(name = \"order_line_" + s + "\")\n"
                + "public class OrderLine" + s + " extends BaseEntity {\n"
                + "    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = \"order_id\") private Order" + s + " order;\n"
                + "    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = \"product_id\") private Product" + s + " product;\n"
                + "    private int position;\n"
                + "    @Column(nullable = false) private int quantity;\n"
                + "    @Embedded private Money unitPrice;\n"
                + "    public Product" + s + " getProduct() { return product; }\n"
                + "    public int getQuantity() { return quantity; }\n"
                + "    void setOrder(Order" + s + " order) { this.order = order; }\n}\n"));

        files.add(write(dir, pkg, "Product" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Table(name = \"product_" + s + "\")\n"
                + "public class Product" + s + " extends BaseEntity {\n"
                + "    @Column(nullable = false, unique = true, length = 40) private String sku;\n"
                + "    @Column(nullable = false) private String title;\n"
                + "    @Column(nullable = false, precision = 12, scale = 2) private BigDecimal price;\n"
                + "    @Embedded private Dimensions" + s + " dimensions;\n"
                + "    @ManyToMany\n    @JoinTable(name = \"product_" + s + "_tag\", joinColumns = @JoinColumn(name = \"product_id\"),\n"
                + "        inverseJoinColumns = @JoinColumn(name = \"tag_id\"))\n"
                + "    private Set<Tag" + s + "> tags = new HashSet<>();\n"
                + "    @ElementCollection @CollectionTable(name = \"product_" + s + "_keyword\", joinColumns = @JoinColumn(name = \"product_id\"))\n"
                + "    @Column(name = \"keyword\", length = 40) private Set<String> keywords = new HashSet<>();\n"
                + "    public BigDecimal getPrice() { return price; }\n"
                + "    @Override public boolean equals(Object o) { return o instanceof Product" + s + " p && Objects.equals(sku, p.sku); }\n"
                + "    @Override public int hashCode() { return Objects.hashCode(sku); }\n}\n"));

        files.add(write(dir, pkg, "Tag" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Table(name = \"tag_" + s + "\")\n"
                + "public class Tag" + s + " extends BaseEntity {\n"
                + "    @Column(nullable = false, unique = true, length = 40) private String label;\n"
                + "    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"parent_id\") private Tag" + s + " parent;\n"
                + "    @ManyToMany(mappedBy = \"tags\") private Set<Product" + s + "> products = new HashSet<>();\n"
                + "    @Override public boolean equals(Object o) { return o instanceof Tag" + s + " t && Objects.equals(label, t.label); }\n"
                + "    @Override public int hashCode() { return Objects.hashCode(label); }\n}\n"));

        files.add(write(dir, pkg, "Shipment" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Table(name = \"shipment_" + s + "\")\n"
                + "public class Shipment" + s + " extends BaseEntity {\n"
                + "    @OneToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = \"order_id\", unique = true) private Order" + s + " order;\n"
                + "    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"carrier_id\") private " + carrier + " carrier;\n"
                + "    @Column(name = \"tracking_code\", length = 64) private String trackingCode;\n"
                + "    private LocalDateTime shippedAt;\n"
                + "    @Embedded private Address destination;\n"
                + "    @PreUpdate void stamp() { if (trackingCode != null && shippedAt == null) shippedAt = LocalDateTime.now(); }\n}\n"));

        files.add(write(dir, pkg, "Payment" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@Table(name = \"payment_" + s + "\")\n@Inheritance(strategy = InheritanceType.SINGLE_TABLE)\n"
                + "@DiscriminatorColumn(name = \"kind\", length = 16)\n@DiscriminatorValue(\"PLAIN\")\n"
                + "public class Payment" + s + " extends BaseEntity {\n"
                + "    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = \"order_id\") private Order" + s + " order;\n"
                + "    @Embedded private Money amount;\n"
                + "    @Column(name = \"paid_at\") private Instant paidAt;\n}\n"));

        files.add(write(dir, pkg, "CardPayment" + s, "package " + pkg + ";\n\n" + imports
                + "@Entity\n@DiscriminatorValue(\"CARD\")\n"
                + "public class CardPayment" + s + " extends Payment" + s + " {\n"
                + "    @Column(name = \"card_last4\", length = 4) private String cardLast4;\n"
                + "    @Column(name = \"authorisation\", length = 32) private String authorisation;\n}\n"));

        // N/2 repositories: five per group of ten entities
        String repoImports = "import " + pkg + ".*;\nimport " + BASE_PACKAGE + ".common.Status;\n"
                + "import java.math.BigDecimal;\nimport java.time.Instant;\nimport java.util.*;\n"
                + "import org.springframework.data.domain.*;\nimport org.springframework.data.jpa.repository.*;\n"
                + "import org.springframework.data.repository.query.Param;\n\n";
        files.add(write(dir, repo, "PartyRepository" + s, "package " + repo + ";\n\n" + repoImports
                + "public interface PartyRepository" + s + " extends JpaRepository<Party" + s + ", Long> {\n"
                + "    Optional<Party" + s + "> findByEmail(String email);\n"
                + "    List<Party" + s + "> findByNameContainingIgnoreCaseOrderByNameAsc(String name);\n"
                + "    boolean existsByEmail(String email);\n"
                + "    @Query(\"select p from Party" + s + " p where p.address.city = :city\")\n"
                + "    List<Party" + s + "> livingIn(@Param(\"city\") String city);\n}\n"));
        files.add(write(dir, repo, "OrderRepository" + s, "package " + repo + ";\n\n" + repoImports
                + "public interface OrderRepository" + s + " extends JpaRepository<Order" + s + ", Long> {\n"
                + "    List<Order" + s + "> findByStatusAndPlacedAtAfter(Status status, Instant after);\n"
                + "    Page<Order" + s + "> findByParty_Id(Long partyId, Pageable page);\n"
                + "    long countByStatus(Status status);\n"
                + "    @Query(\"select o from Order" + s + " o join fetch o.lines where o.id = :id\")\n"
                + "    Optional<Order" + s + "> withLines(@Param(\"id\") Long id);\n"
                + "    @Modifying @Query(\"update Order" + s + " o set o.status = :status where o.placedAt < :before\")\n"
                + "    int markAll(@Param(\"status\") Status status, @Param(\"before\") Instant before);\n}\n"));
        files.add(write(dir, repo, "ProductRepository" + s, "package " + repo + ";\n\n" + repoImports
                + "public interface ProductRepository" + s + " extends JpaRepository<Product" + s + ", Long> {\n"
                + "    Optional<Product" + s + "> findBySku(String sku);\n"
                + "    List<Product" + s + "> findByPriceBetweenOrderByPriceDesc(BigDecimal from, BigDecimal to);\n"
                + "    List<Product" + s + "> findDistinctByTags_Label(String label);\n"
                + "    @Query(\"select p from Product" + s + " p where :keyword member of p.keywords\")\n"
                + "    List<Product" + s + "> withKeyword(@Param(\"keyword\") String keyword);\n}\n"));
        files.add(write(dir, repo, "ShipmentRepository" + s, "package " + repo + ";\n\n" + repoImports
                + "public interface ShipmentRepository" + s + " extends JpaRepository<Shipment" + s + ", Long> {\n"
                + "    Optional<Shipment" + s + "> findByTrackingCode(String trackingCode);\n"
                + "    List<Shipment" + s + "> findByShippedAtIsNull();\n"
                + "    @Query(\"select s from Shipment" + s + " s where s.order.status = :status\")\n"
                + "    List<Shipment" + s + "> forOrdersIn(@Param(\"status\") Status status);\n}\n"));
        files.add(write(dir, repo, "PaymentRepository" + s, "package " + repo + ";\n\n" + repoImports
                + "public interface PaymentRepository" + s + " extends JpaRepository<Payment" + s + ", Long> {\n"
                + "    List<Payment" + s + "> findByOrder_IdOrderByPaidAtDesc(Long orderId);\n"
                + "    long deleteByPaidAtBefore(Instant before);\n"
                + "    @Query(\"select sum(p.amount.amount) from Payment" + s + " p where p.order.id = :orderId\")\n"
                + "    BigDecimal paidFor(@Param(\"orderId\") Long orderId);\n"
                + "    @Query(value = \"select count(*) from payment_" + s + " where kind = 'CARD'\", nativeQuery = true)\n"
                + "    long cardPayments();\n}\n"));
        return files;
    }

    private static String baseEntity(String pkg) {
        return "package " + pkg + ";\n\nimport jakarta.persistence.*;\nimport java.time.Instant;\n\n"
                + "@MappedSuperclass\npublic abstract class BaseEntity {\n"
                + "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;\n"
                + "    @Version private long version;\n"
                + "    @Column(name = \"created_at\", nullable = false, updatable = false) private Instant createdAt;\n"
                + "    @Column(name = \"updated_at\") private Instant updatedAt;\n"
                + "    @PrePersist void onCreate() { createdAt = Instant.now(); }\n"
                + "    @PreUpdate void onUpdate() { updatedAt = Instant.now(); }\n"
                + "    public Long getId() { return id; }\n}\n";
    }

    private static String address(String pkg) {
        return "package " + pkg + ";\n\nimport jakarta.persistence.*;\n\n@Embeddable\npublic class Address {\n"
                + "    @Column(length = 120) private String street;\n"
                + "    @Column(length = 80) private String city;\n"
                + "    @Column(name = \"postal_code\", length = 12) private String postalCode;\n"
                + "    @Column(length = 2) private String country;\n}\n";
    }

    private static String money(String pkg) {
        return "package " + pkg + ";\n\nimport jakarta.persistence.*;\nimport java.math.BigDecimal;\n\n@Embeddable\npublic class Money {\n"
                + "    @Column(precision = 12, scale = 2) private BigDecimal amount;\n"
                + "    @Column(length = 3) private String currency;\n}\n";
    }

    private static String auditListener(String pkg) {
        return "package " + pkg + ";\n\nimport jakarta.persistence.*;\n\n"
                + "/** Logs changes of parties; an entity listener with two callbacks. */\n"
                + "public class AuditListener {\n"
                + "    @PostPersist void created(Object entity) { System.getLogger(\"audit\").log(System.Logger.Level.DEBUG, \"created {0}\", entity); }\n"
                + "    @PostRemove void removed(Object entity) { System.getLogger(\"audit\").log(System.Logger.Level.DEBUG, \"removed {0}\", entity); }\n}\n";
    }

    private static Path write(Path root, String pkg, String simpleName, String source) throws IOException {
        Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }
}
