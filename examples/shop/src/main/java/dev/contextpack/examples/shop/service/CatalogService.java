package dev.contextpack.examples.shop.service;

import dev.contextpack.examples.shop.domain.Product;
import dev.contextpack.examples.shop.repository.ProductRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final ProductRepository products;

    public CatalogService(ProductRepository products) {
        this.products = products;
    }

    public List<Product> search(String text) {
        return products.search(text);
    }

    @Transactional(rollbackFor = IOException.class)
    public Product reprice(String sku, BigDecimal price) throws IOException {
        Product product = products.findBySku(sku).orElseThrow();
        product.setPrice(price);
        return product;
    }
}
