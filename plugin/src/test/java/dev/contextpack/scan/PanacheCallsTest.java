package dev.contextpack.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contextpack.scan.panache.Shelf;
import dev.contextpack.scan.panache.ShelfService;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The query string and the number of positional values of each Panache-style call, read from compiled bytecode. */
class PanacheCallsTest {

    @Test
    void readsTheQueryAndItsPositionalValuesAtEachCall() throws URISyntaxException {
        Path classes = Path.of(ShelfService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<PanacheCalls.Call> calls = PanacheCalls.read(classes, Set.of(Shelf.class.getName()));
        Map<String, String> byCaller = new TreeMap<>();
        for (PanacheCalls.Call c : calls) {
            assertEquals(Shelf.class.getName(), c.owner());
            byCaller.merge(c.caller().substring(c.caller().indexOf('#') + 1), c.operation() + " " + c.query() + " " + c.positionalParameters(),
                    (a, b) -> a + " | " + b);
        }
        assertEquals(Map.of(
                "byLabel", "list label 1",
                "byNumberAndLabel", "list number = ?1 and label like ?2 2",
                "sorted", "list order by label 0",
                "named", "list label = :label -1",
                "withSort", "list label 1",
                "many", "list a = ?1 and b = ?2 and c = ?3 and d = ?4 and e = ?5 and f = ?6 and g = ?7 7",
                // a query built at run time has no constant: listed without one
                "built", "list null 1",
                // the lambda's call counts for its enclosing method; count() takes no query and is not an operation with one
                "purge", "delete label 1"), byCaller);
    }

    @Test
    void everyCallOnAnOwnerWithItsCaller() throws URISyntaxException {
        Path classes = Path.of(ShelfService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<PanacheCalls.Use> uses = PanacheCalls.uses(classes, Set.of(Shelf.class.getName()));
        String service = ShelfService.class.getName();
        // count() has no query but is a call; the lambda's delete counts for purge(); each call once, sorted
        assertEquals(List.of(
                new PanacheCalls.Use(Shelf.class.getName(), "count", service + "#purge"),
                new PanacheCalls.Use(Shelf.class.getName(), "delete", service + "#purge")),
                uses.stream().filter(u -> u.caller().endsWith("#purge")).toList());
        assertEquals(7, uses.stream().filter(u -> u.method().equals("list")).count());
    }

    @Test
    void nothingWithoutOwners() throws URISyntaxException {
        Path classes = Path.of(ShelfService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals(List.of(), PanacheCalls.read(classes, Set.of()));
    }
}
