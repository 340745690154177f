package dev.contextpack.examples.shop.repository;

import dev.contextpack.examples.shop.domain.Product;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);

    boolean existsBySkuIgnoreCase(String sku);

    /** Spring Data renders the entity name and turns {@code %:text%} into a bound LIKE pattern. */
    @Query("select p from #{#entityName} p where p.name like %:text%")
    List<Product> search(@Param("text") String text);

    /** The named query Product.findInCategory (declared on Product). */
    List<Product> findInCategory(@Param("category") String category);

    @Query(value = "select * from product where price > ?1 order by price", nativeQuery = true)
    List<Product> findPricierThan(BigDecimal price);
}
