package dev.contextpack.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.DynamicInsert;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.SQLDelete;
import org.hibernate.annotations.SQLRestriction;

/**
 * A customer who raises tickets: the hand-made soft delete (@SQLDelete turns remove into an
 * UPDATE, @SQLRestriction hides the row), second-level cache, dynamic insert with a column default,
 * batch fetching and a mutable natural id.
 */
@Entity
@Table(name = "customer")
@DynamicInsert
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@BatchSize(size = 25)
@SQLDelete(sql = "update customer set disabled = true where id = ?")
@SQLRestriction("disabled = false")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId(mutable = true)
    @NotNull
    @Email
    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", length = 80)
    private String displayName;

    @ColumnDefault("'STANDARD'")
    @Column(name = "tier", length = 16)
    private String tier;

    @ColumnDefault("false")
    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @JsonIgnore
    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    protected Customer() {
    }

    public Customer(String email, String displayName) {
        this.email = email;
        this.displayName = displayName;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    /** Bean Validation on the getter. */
    @NotNull
    @Size(max = 80)
    public String getDisplayName() {
        return displayName;
    }

    public String getTier() {
        return tier;
    }

    public boolean isDisabled() {
        return disabled;
    }
}
