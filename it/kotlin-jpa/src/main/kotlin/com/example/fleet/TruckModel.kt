package com.example.fleet

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.Id

/** A catalogue row, declared final: an explicit `final` is kept by all-open, so Hibernate cannot proxy it. */
@Entity
final class TruckModel(
    @Id
    var code: String,

    @Column(nullable = false)
    var label: String,
)
