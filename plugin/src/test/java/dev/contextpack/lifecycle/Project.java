package dev.contextpack.lifecycle;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Root of the Project -> Milestone -> Task aggregate (cascade ALL + orphanRemoval at both levels).
 * Its tags are shared with other projects, yet removing a project removes them too (CascadeType.REMOVE
 * on a ManyToMany: the trap).
 */
@Entity
@Table(name = "project", uniqueConstraints = @UniqueConstraint(name = "uk_project_key", columnNames = "project_key"))
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "project_key", nullable = false, length = 10)
    private String key;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("dueOn")
    private List<Milestone> milestones = new ArrayList<>();

    @ManyToMany(cascade = CascadeType.REMOVE)
    @JoinTable(name = "project_tag",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    protected Project() {
    }

    public Project(String key, String name) {
        this.key = key;
        this.name = name;
    }

    public Milestone addMilestone(Milestone milestone) {
        milestones.add(milestone);
        milestone.setProject(this);
        return milestone;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
