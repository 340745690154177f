package dev.contextpack.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/**
 * A run of the ticket importer: @ExcludeDefaultListeners on an entity WITHOUT a mapped superclass
 * (compare {@link SystemEvent}, which has one: Hibernate 7.4 still calls the default listener there).
 */
@Entity
@Table(name = "import_batch")
@ExcludeDefaultListeners
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_system", nullable = false, length = 40)
    private String sourceSystem;

    @Column(name = "ticket_count", nullable = false)
    private int ticketCount;

    protected ImportBatch() {
    }

    public ImportBatch(String sourceSystem, int ticketCount) {
        this.sourceSystem = sourceSystem;
        this.ticketCount = ticketCount;
    }

    @PrePersist
    void prePersist() {
        CallbackLog.record("ImportBatch.prePersist");
    }

    public Long getId() {
        return id;
    }

    public String getSourceSystem() {
        return sourceSystem;
    }
}
