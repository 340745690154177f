package dev.contextpack.edge;

import java.util.List;

/** Reads a LAZY collection once per crate: in a for loop and in a stream. */
public class CrateReport {

    public int bottlesInLoop(List<Crate> crates) {
        int total = 0;
        for (Crate crate : crates) {
            total += crate.getBottles().size();
        }
        return total;
    }

    public int bottlesInStream(List<Crate> crates) {
        return crates.stream().mapToInt(crate -> crate.getBottles().size()).sum();
    }

    public int bottlesOfOne(Crate crate) {
        return crate.getBottles().size();
    }
}
