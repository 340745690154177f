package com.example.legacy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    List<PurchaseOrder> findByCustomerIdAndOrderStatus(Long customerId, OrderStatus orderStatus);

    List<PurchaseOrder> findByCustomerDisplayNme(String name);

    @Query("select o from PurchaseOrder o where o.customer.displayName like :name")
    List<PurchaseOrder> placedBy(@Param("name") String name);

    /** SpEL: Spring Data JPA 2 renders it with classes context-pack does not call, so the text is left unchecked. */
    @Query("select o from #{#entityName} o where o.orderStatus = :status")
    List<PurchaseOrder> inStatus(@Param("status") OrderStatus status);

    @Query("select o from PurchaseOrder o where o.customer.nickname = :name")
    List<PurchaseOrder> byNickname(@Param("name") String name);
}
