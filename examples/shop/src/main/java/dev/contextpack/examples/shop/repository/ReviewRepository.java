package dev.contextpack.examples.shop.repository;

import dev.contextpack.examples.shop.domain.Review;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface ReviewRepository extends JpaRepository<Review, UUID> {

    List<Review> findByProductIdOrderByPublishedAtDesc(Long productId);
}
