package com.example.fleet

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.FetchType
import jakarta.persistence.ManyToOne

@Entity
class Truck(
    @Column(nullable = false, unique = true)
    var plate: String,

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    var depot: Depot,

    // TruckModel is final: this LAZY link is loaded at once
    @ManyToOne(fetch = FetchType.LAZY)
    var model: TruckModel?,
) : BaseEntity() {

    // nullable in Kotlin, NOT NULL in the table
    @Column(nullable = false)
    var nickname: String? = null

    var mileage: Long? = null
}
