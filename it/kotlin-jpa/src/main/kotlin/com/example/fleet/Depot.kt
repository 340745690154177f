package com.example.fleet

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.OneToMany

@Entity
class Depot(
    @Column(nullable = false, length = 80)
    var name: String,

    // non-null in Kotlin, but nothing makes the column NOT NULL
    var region: String,

    var city: String?,
) : BaseEntity() {

    @OneToMany(mappedBy = "depot")
    var trucks: MutableSet<Truck> = mutableSetOf()

    var bays: Int = 0
}
