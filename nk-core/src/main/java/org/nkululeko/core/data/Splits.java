package org.nkululeko.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Train, dev and test samples.
 *
 * @param train training samples
 * @param dev development samples (empty in two-way mode)
 * @param test test samples
 */
public record Splits(List<Sample> train, List<Sample> dev, List<Sample> test) {

    /** Copies the lists. */
    public Splits {
        train = List.copyOf(train);
        dev = List.copyOf(dev);
        test = List.copyOf(test);
    }

    /**
     * @param other more splits
     * @return both, concatenated split by split
     */
    public Splits plus(Splits other) {
        return new Splits(concat(train, other.train), concat(dev, other.dev),
                concat(test, other.test));
    }

    /** @return all samples: train, dev, test */
    public List<Sample> all() {
        return concat(concat(train, dev), test);
    }

    private static List<Sample> concat(List<Sample> a, List<Sample> b) {
        List<Sample> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
