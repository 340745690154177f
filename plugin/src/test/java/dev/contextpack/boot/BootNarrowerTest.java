package dev.contextpack.boot;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search over parts of the model: bounded, deterministic, and it keeps each part closed under its links. */
class BootNarrowerTest {

    private static Set<String> entities(int n) {
        Set<String> all = new TreeSet<>();
        for (int i = 0; i < n; i++) all.add(String.format("p.E%04d", i));
        return all;
    }

    @Test
    void findsTheFailingEntityAmong2000InAboutLog2Boots() {
        List<Set<String>> booted = new ArrayList<>();
        BootNarrower narrower = new BootNarrower(Map.of(), Map.of(), part -> {
            booted.add(part);
            return part.contains("p.E1234") ? "bad mapping" : null;
        });

        BootNarrower.Narrowed found = narrower.narrow(entities(2000), "bad mapping");

        assertEquals("p.E1234", found.className());
        assertEquals(booted.size(), found.boots());
        assertTrue(found.boots() <= BootNarrower.bootsFor(2000) && BootNarrower.bootsFor(2000) == 12, found::toString);
        assertEquals(Set.of(), booted.get(0), "first: does the model boot without any entity?");
    }

    @Test
    void aPartHoldsTheEntitiesItLinksToAndTheLinkedEntityIsFoundFirst() {
        // E0003 links to E0007; only E0007 is bad: a part with E0003 alone would fail for the missing target
        Map<String, Set<String>> links = Map.of("p.E0003", Set.of("p.E0007"));
        List<Set<String>> booted = new ArrayList<>();
        BootNarrower narrower = new BootNarrower(links, Map.of(), part -> {
            booted.add(part);
            if (part.contains("p.E0003") && !part.contains("p.E0007")) return "target missing";
            return part.contains("p.E0007") ? "bad mapping" : null;
        });

        BootNarrower.Narrowed found = narrower.narrow(entities(10), "bad mapping");

        assertEquals("p.E0007", found.className());
        assertTrue(booted.stream().noneMatch(part -> part.contains("p.E0003") && !part.contains("p.E0007")), booted::toString);
    }

    @Test
    void aModelThatFailsWithoutEntitiesIsNotNarrowed() {
        assertNull(new BootNarrower(Map.of(), Map.of(), part -> "bad dialect").narrow(entities(5), "bad dialect"));
    }
}
