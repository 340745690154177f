package dev.contextpack.edge;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;

import java.util.List;

@Embeddable
public class Box {
    String label;

    @OneToMany
    @JoinColumn(name = "widget_id")
    List<Part> parts;
}
