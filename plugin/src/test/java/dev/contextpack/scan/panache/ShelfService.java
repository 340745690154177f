package dev.contextpack.scan.panache;

import java.util.List;
import java.util.Map;

/** Calls as an application writes them: boxing, concatenated values, a lambda, a Sort, named parameters, many values. */
public class ShelfService {

    List<Shelf> byLabel(String label) {
        return Shelf.list("label", label);
    }

    List<Shelf> byNumberAndLabel(int number, String label) {
        return Shelf.list("number = ?1 and label like ?2", number, "%" + label + "%");
    }

    List<Shelf> sorted() {
        return Shelf.list("order by label");
    }

    List<Shelf> named(String label) {
        return Shelf.list("label = :label", Map.of("label", label));
    }

    List<Shelf> withSort(String label) {
        return Shelf.list("label", new Shelf.Order("number"), label);
    }

    List<Shelf> many(int a, int b, int c, int d, int e, int f, int g) {
        return Shelf.list("a = ?1 and b = ?2 and c = ?3 and d = ?4 and e = ?5 and f = ?6 and g = ?7", a, b, c, d, e, f, g);
    }

    List<Shelf> built(String attribute, String value) {
        return Shelf.list(attribute + " = ?1", value);
    }

    long purge(List<String> labels) {
        labels.forEach(l -> Shelf.delete("label", l));
        return Shelf.count();
    }
}
