package dev.contextpack.examples.shop.repository;

import dev.contextpack.examples.shop.domain.Category;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    List<Category> findByParentIsNull();
}
