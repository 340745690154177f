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

    @Query("select o from PurchaseOrder o where o.customer.nickname = :name")
    List<PurchaseOrder> byNickname(@Param("name") String name);
}
