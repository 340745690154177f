package dev.contextpack.zoo;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * Explicit schema, table-level unique constraint, secondary table, custom sequence, int @Version,
 * unique non-PK column (target of a referencedColumnName join), primitives with and without @Column,
 * the same embeddable twice with overrides, a basic element collection with @CollectionTable, and a
 * unidirectional @OneToMany without join column (default join table) with orphanRemoval only.
 */
@Entity
@Table(name = "keeper", schema = "staff",
        uniqueConstraints = @UniqueConstraint(name = "uk_keeper_badge", columnNames = {"badge_no", "badge_issuer"}))
@SecondaryTable(name = "keeper_profile", schema = "staff", pkJoinColumns = @PrimaryKeyJoinColumn(name = "keeper_id"))
public class Keeper {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "keeper_gen")
    @SequenceGenerator(name = "keeper_gen", sequenceName = "keeper_id_seq", schema = "staff", allocationSize = 10)
    Long id;

    @Version
    int version;

    @Column(name = "employee_code", length = 12, nullable = false, unique = true)
    String employeeCode;

    @Column(name = "badge_no", length = 20)
    String badgeNo;

    @Column(name = "badge_issuer", length = 20)
    String badgeIssuer;

    @Column(name = "full_name", length = 120, nullable = false)
    String fullName;

    /** Primitive without @Column: column "yearsOfService", NOT NULL. */
    int yearsOfService;

    /** Primitive WITH an explicit @Column: Hibernate 7 leaves the column nullable. */
    @Column(name = "certified")
    boolean certified;

    /** Auto-applied PhoneNumberConverter: a varchar column "phone". */
    PhoneNumber phone;

    @Column(table = "keeper_profile", length = 2000)
    String biography;

    @Column(name = "photo_url", table = "keeper_profile")
    String photoUrl;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "home_street", length = 100)),
            @AttributeOverride(name = "city", column = @Column(name = "home_city", length = 60)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "home_postal_code", length = 10))
    })
    Address homeAddress;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "work_street", length = 100)),
            @AttributeOverride(name = "city", column = @Column(name = "work_city", length = 60)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "work_postal_code", length = 10))
    })
    Address workAddress;

    @ElementCollection
    @CollectionTable(name = "keeper_skill", schema = "staff", joinColumns = @JoinColumn(name = "keeper_id"))
    @Column(name = "skill", length = 40, nullable = false)
    Set<String> skills = new HashSet<>();

    /** Unidirectional, no join column: default join table; orphanRemoval without any cascade. */
    @OneToMany(orphanRemoval = true)
    Set<Certificate> certificates = new HashSet<>();

    /** Never persisted. */
    @Transient
    String displayName;
}
