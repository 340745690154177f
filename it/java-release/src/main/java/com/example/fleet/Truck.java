package com.example.fleet;

import jakarta.persistence.Entity;

@Entity
public final class Truck extends Vehicle {
    private int axles;
}
