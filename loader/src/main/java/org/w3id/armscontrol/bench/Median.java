package org.w3id.armscontrol.bench;

import java.util.List;

/** The median of a few repeated timings (start-up runs), where a percentile histogram would be overkill. */
final class Median {
    private Median() {}

    static double of(List<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("no values");
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
