package dev.contextpack.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;
import org.hibernate.generator.EventType;

import java.time.Instant;

/**
 * A file attached to a ticket: values the database produces (IDENTITY id, current_timestamp at
 * insert and at every write, a column default read back after insert), a formula and a version.
 * The ticket reference tolerates a dangling id (@NotFound IGNORE).
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @NotFound(action = NotFoundAction.IGNORE)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Formula("size_bytes / 1024")
    private Long sizeKb;

    @CurrentTimestamp(event = EventType.INSERT)
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @CurrentTimestamp(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "last_touched_at")
    private Instant lastTouchedAt;

    @Generated(event = EventType.INSERT)
    @ColumnDefault("'PENDING'")
    @Column(name = "scan_status", length = 16)
    private String scanStatus;

    @Version
    @Column(name = "revision")
    private Integer revision;

    protected Attachment() {
    }

    public Attachment(Ticket ticket, String fileName, long sizeBytes) {
        this.ticket = ticket;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Long getSizeKb() {
        return sizeKb;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getLastTouchedAt() {
        return lastTouchedAt;
    }

    public String getScanStatus() {
        return scanStatus;
    }

    public Integer getRevision() {
        return revision;
    }
}
