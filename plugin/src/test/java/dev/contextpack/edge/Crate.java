package dev.contextpack.edge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.HashSet;
import java.util.Set;

/** Two traps: the collection lacks mappedBy although Bottle.crate points back, and Bottle has no equals in a Set. */
@Entity
public class Crate {
    @Id
    Long id;

    @OneToMany
    Set<Bottle> bottles = new HashSet<>();

    public Set<Bottle> getBottles() {
        return bottles;
    }
}
