package dev.contextpack.edge;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import org.hibernate.annotations.Formula;

/** Odd but legal: a listener class outside the module, a @Formula, an association inside an embeddable. */
@Entity(name = "edge.Widget")
@EntityListeners(Object.class)
public class Widget extends Base<Long, String> {
    @jakarta.persistence.Column(nullable = false)
    String name;

    @Formula("upper(name)")
    String upperName;

    @Embedded
    Box box;

    /** The classic mistake: the generated id is null until persist. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Widget other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }
}
