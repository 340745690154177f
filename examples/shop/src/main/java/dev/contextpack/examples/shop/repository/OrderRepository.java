package dev.contextpack.examples.shop.repository;

import dev.contextpack.examples.shop.domain.Order;
import dev.contextpack.examples.shop.domain.OrderStatus;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OrderRepository extends JpaRepository<Order, Long> {

    List<Order> findByCustomerIdAndStatus(Long customerId, OrderStatus status);

    @Query("select o from Order o join fetch o.lines where o.id = :id")
    Optional<Order> findWithLines(@Param("id") Long id);

    Page<OrderSummary> findByStatus(OrderStatus status, Pageable pageable);

    long countByCustomerId(Long customerId);

    @EntityGraph(attributePaths = {"lines", "shipment"})
    List<Order> findTop10ByCustomerIdOrderByPlacedAtDesc(Long customerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> lockById(@Param("id") Long id);

    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update Order o set o.status = :expired where o.status = :placed and o.placedAt < :before")
    int expire(@Param("placed") OrderStatus placed, @Param("expired") OrderStatus expired, @Param("before") Instant before);
}
