package dev.contextpack.edge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.DiscriminatorFormula;

/** A hierarchy told apart by a formula, not a column. */
@Entity
@DiscriminatorFormula("case when corners = 0 then 'C' else 'P' end")
public abstract class Shape {
    @Id
    Long id;

    int corners;
}
