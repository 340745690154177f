package com.example.shop.persistence;

import com.example.shop.domain.PurchaseOrder;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    List<PurchaseOrder> findByCustomerEmailAndStatus(String email, PurchaseOrder.Status status);

    /** No such property: Spring Data rejects the method at start-up. */
    List<PurchaseOrder> findByCoupon(String coupon);

    @Modifying
    @Query("update PurchaseOrder o set o.status = :status where o.id = :id")
    int markStatus(Long id, PurchaseOrder.Status status);
}
