package com.example.fleet

import org.springframework.data.jpa.repository.JpaRepository
import org.springframework.data.jpa.repository.Query

interface TruckRepository : JpaRepository<Truck, Long> {

    fun findByPlate(plate: String): Truck?

    fun findByDepotNameOrderByPlate(name: String): List<Truck>

    @Query("select t from Truck t where t.model.code = :code")
    fun withModel(code: String): List<Truck>
}
