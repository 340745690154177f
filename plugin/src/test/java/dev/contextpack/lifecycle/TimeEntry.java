package dev.contextpack.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Hours booked on a task. Not part of the project aggregate: no cascade reaches it, and its plain
 * (NO ACTION) foreign key blocks the delete of a task, hence of its milestone and project.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id", nullable = false, foreignKey = @ForeignKey(name = "fk_time_entry_task"))
    private Task task;

    @Column(name = "hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(name = "worked_on", nullable = false)
    private LocalDate workedOn;

    @Column(name = "worker", nullable = false, length = 64)
    private String worker;

    protected TimeEntry() {
    }

    public TimeEntry(Task task, BigDecimal hours, LocalDate workedOn, String worker) {
        this.task = task;
        this.hours = hours;
        this.workedOn = workedOn;
        this.worker = worker;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public BigDecimal getHours() {
        return hours;
    }
}
