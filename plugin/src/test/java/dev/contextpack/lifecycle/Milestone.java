package dev.contextpack.lifecycle;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Middle level of the project aggregate; its tasks are fetched EAGERly. */
@Entity
@Table(name = "milestone")
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @OneToMany(mappedBy = "milestone", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Task> tasks = new ArrayList<>();

    protected Milestone() {
    }

    public Milestone(String name, LocalDate dueOn) {
        this.name = name;
        this.dueOn = dueOn;
    }

    public Task addTask(Task task) {
        tasks.add(task);
        task.setMilestone(this);
        return task;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    void setProject(Project project) {
        this.project = project;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public List<Task> getTasks() {
        return tasks;
    }
}
