package dev.contextpack.edge;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("C")
public class Circle extends Shape {
    double radius;
}
