package dev.contextpack.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.SQLRestriction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A support ticket: every JPA callback on the entity, its own listener plus the one inherited from
 * {@link Tracked}, the default listener of orm.xml, constraints of every kind and a filter.
 */
@Entity
@Table(name = "ticket",
        uniqueConstraints = @UniqueConstraint(name = "uk_ticket_project_title", columnNames = {"project_key", "title"}),
        indexes = @Index(name = "idx_ticket_status_priority", columnList = "status, priority"))
@Check(name = "ck_ticket_priority", constraints = "priority between 1 and 5")
@EntityListeners(AuditListener.class)
@DynamicUpdate
@FilterDef(name = "ticketStatus", parameters = @ParamDef(name = "status", type = String.class),
        defaultCondition = "status = :status")
@Filter(name = "ticketStatus")
public class Ticket extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 10)
    private Long id;

    @NaturalId
    @NotNull
    @Pattern(regexp = "[A-Z]{2,10}-[0-9]+", groups = ImportChecks.class)
    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "project_key", nullable = false, length = 10)
    private String projectKey;

    @NotNull
    @Size(max = 120)
    @Column(name = "title", nullable = false, length = 120)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TicketStatus status;

    @Min(1)
    @Max(5)
    @Column(name = "priority", nullable = false)
    private int priority = 3;

    @Email
    @Column(name = "reporter_email", length = 254)
    private String reporterEmail;

    @Column(name = "estimate_hours", precision = 6, scale = 2)
    private BigDecimal estimateHours;

    @JsonIgnore
    @Column(name = "internal_notes", length = 2000)
    private String internalNotes;

    @Version
    @Column(name = "version")
    private long version;

    @OneToMany(mappedBy = "ticket")
    @SQLRestriction("internal = false")
    @BatchSize(size = 16)
    @OrderBy("id")
    @JsonManagedReference
    private List<Comment> comments = new ArrayList<>();

    protected Ticket() {
    }

    public Ticket(String code, String projectKey, String title) {
        this.code = code;
        this.projectKey = projectKey;
        this.title = title;
    }

    @PrePersist
    void prePersist() {
        CallbackLog.record("Ticket.prePersist");
        if (status == null) {
            status = TicketStatus.OPEN;
        }
    }

    @PostPersist
    void postPersist() {
        CallbackLog.record("Ticket.postPersist");
    }

    @PreUpdate
    void preUpdate() {
        CallbackLog.record("Ticket.preUpdate");
    }

    @PostUpdate
    void postUpdate() {
        CallbackLog.record("Ticket.postUpdate");
    }

    @PreRemove
    void preRemove() {
        CallbackLog.record("Ticket.preRemove");
    }

    @PostRemove
    void postRemove() {
        CallbackLog.record("Ticket.postRemove");
    }

    @PostLoad
    void postLoad() {
        CallbackLog.record("Ticket.postLoad");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** Bean Validation on the getter, not on the field. */
    @NotNull
    @Size(min = 2, max = 10)
    public String getProjectKey() {
        return projectKey;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public void setReporterEmail(String reporterEmail) {
        this.reporterEmail = reporterEmail;
    }

    public BigDecimal getEstimateHours() {
        return estimateHours;
    }

    public void setEstimateHours(BigDecimal estimateHours) {
        this.estimateHours = estimateHours;
    }

    public long getVersion() {
        return version;
    }

    public List<Comment> getComments() {
        return comments;
    }
}
