package org.nkululeko.feats.opensmile;

import java.util.ArrayList;
import java.util.List;

/** The functionals of eGeMAPS (egemaps.md §4). All inputs are float series. */
final class Functionals {

    static final float PERIOD = 0.01f;

    private Functionals() {
    }

    /** @return the values that are not exactly 0, in order (the "nz" filter of §4.1) */
    static float[] nonZero(float[] x) {
        int n = 0;
        for (float v : x) {
            if (v != 0f) {
                n++;
            }
        }
        float[] out = new float[n];
        int i = 0;
        for (float v : x) {
            if (v != 0f) {
                out[i++] = v;
            }
        }
        return out;
    }

    /** Arithmetic mean, double sum rounded to float; 0 for no values. */
    static float mean(float[] x) {
        if (x.length == 0) {
            return 0f;
        }
        double sum = 0;
        for (float v : x) {
            sum += v;
        }
        return (float) (sum / x.length);
    }

    /** Population SD over the signed float mean (divisor 1 for a zero mean); 0 for none. */
    static float stddevNorm(float[] x) {
        if (x.length == 0) {
            return 0f;
        }
        float mean = mean(x);
        double ss = 0;
        for (float v : x) {
            double d = v - mean;
            ss += d * d;
        }
        double var = ss / x.length;
        if (var <= 0) {
            return 0f;
        }
        double sd = Math.sqrt(var);
        return (float) (mean == 0f ? sd : sd / mean);
    }

    /** Percentiles 20, 50, 80 by linear interpolation on (N-1)p, and |P80 - P20|. */
    static float[] percentiles(float[] x) {
        float[] out = new float[4];
        if (x.length == 0) {
            return out;
        }
        float[] s = x.clone();
        java.util.Arrays.sort(s);
        double[] ps = {0.2, 0.5, 0.8};
        for (int j = 0; j < 3; j++) {
            double idx = ps[j] * (s.length - 1);
            int i1 = (int) Math.floor(idx);
            int i2 = (int) Math.ceil(idx);
            if (i1 == i2) {
                out[j] = s[i1];
            } else {
                float w1 = (float) (i2 - idx);
                float w2 = (float) (idx - i1);
                out[j] = s[i1] * w1 + s[i2] * w2;
            }
        }
        out[3] = Math.abs(out[2] - out[0]);
        return out;
    }

    /** One extremum of §4.3(a). */
    private static final class Extremum {
        final boolean max;
        final float value;
        final int pos;
        boolean alive = true;

        Extremum(boolean max, float value, int pos) {
            this.max = max;
            this.value = value;
            this.pos = pos;
        }
    }

    /** The surviving, alternating extrema of §4.3(a). */
    private static List<Extremum> extrema(float[] y) {
        int n = y.length;
        List<Extremum> list = new ArrayList<>();
        if (n == 0) {
            return list;
        }
        float max = y[0];
        float min = y[0];
        for (float v : y) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        float theta = 0.1f * (max - min);
        for (int i = 2; i <= n - 3; i++) {
            if (y[i] > y[i - 1] && y[i] > y[i + 1]) {
                list.add(new Extremum(true, y[i], i));
            } else if (y[i] < y[i - 1] && y[i] < y[i + 1]) {
                list.add(new Extremum(false, y[i], i));
            }
        }
        float prev = y[0];
        float lastMin = y[0];
        float lastMax = y[0];
        Extremum keptMax = null;
        boolean sawMin = false;
        for (Extremum e : list) {
            float v = e.value;
            if (e.max) {
                if (Math.abs(v - prev) >= theta) {
                    lastMax = v;
                    keptMax = e;
                    sawMin = false;
                } else if (v - lastMin < theta) {
                    e.alive = false;
                } else if (v > 1.05f * lastMax) {
                    if (keptMax != null) {
                        keptMax.alive = false;
                    }
                    keptMax = e;
                    lastMax = v;
                    sawMin = false;
                } else if (sawMin) {
                    keptMax = e;
                    lastMax = v;
                    sawMin = false;
                } else {
                    e.alive = false;
                    sawMin = false;
                }
            } else if (Math.abs(v - prev) >= theta) {
                lastMin = v;
                sawMin = true;
            }
            prev = v;
        }
        lastMax = y[0];
        for (Extremum e : list) {
            if (!e.alive) {
                continue;
            }
            if (e.max) {
                lastMax = e.value;
            } else if (lastMax - e.value < theta) {
                e.alive = false;
            }
        }
        Extremum kept = null;
        for (Extremum e : list) {
            if (!e.alive) {
                continue;
            }
            if (kept == null || kept.max != e.max) {
                kept = e;
            } else if (e.max ? e.value <= kept.value : e.value >= kept.value) {
                e.alive = false;
            } else {
                kept.alive = false;
                kept = e;
            }
        }
        List<Extremum> out = new ArrayList<>();
        for (Extremum e : list) {
            if (e.alive) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the number of maxima surviving §4.3(a) */
    static int peakCount(float[] y) {
        int n = 0;
        for (Extremum e : extrema(y)) {
            if (e.max) {
                n++;
            }
        }
        return n;
    }

    /**
     * @return {meanRisingSlope, stddevRisingSlope, meanFallingSlope, stddevFallingSlope} per
     *     §4.3(b), in units per second
     */
    static float[] slopes(float[] y) {
        float[] out = new float[4];
        int n = y.length;
        if (n == 0) {
            return out;
        }
        List<Extremum> list = extrema(y);
        List<Float> rising = new ArrayList<>();
        List<Float> falling = new ArrayList<>();
        float tailRise = Float.NaN;
        float tailFall = Float.NaN;
        if (list.isEmpty()) {
            float s = (y[n - 1] - y[0]) / n;
            if (s > 0) {
                tailRise = s;
            } else if (s < 0) {
                tailFall = s;
            }
        } else {
            float vMax = y[0];
            float vMin = y[0];
            int pMax = 0;
            int pMin = 0;
            Boolean lastFromMax = null;
            for (Extremum e : list) {
                if (e.max) {
                    vMax = e.value;
                    pMax = e.pos;
                    if (e.pos - pMin > 0) {
                        rising.add((e.value - vMin) / ((e.pos - pMin) * PERIOD));
                        lastFromMax = Boolean.TRUE;
                    }
                } else {
                    vMin = e.value;
                    pMin = e.pos;
                    if (e.pos - pMax > 0) {
                        falling.add((vMax - e.value) / ((e.pos - pMax) * PERIOD));
                        lastFromMax = Boolean.FALSE;
                    }
                }
            }
            if (Boolean.TRUE.equals(lastFromMax) && n - 1 - pMax > 0) {
                tailFall = (y[n - 1] - vMax) / ((n - 1 - pMax) * PERIOD);
            } else if (Boolean.FALSE.equals(lastFromMax) && n - 1 - pMin > 0) {
                tailRise = (y[n - 1] - vMin) / ((n - 1 - pMin) * PERIOD);
            }
        }
        float[] r = stats(rising, tailRise);
        float[] f = stats(falling, tailFall);
        out[0] = r[0];
        out[1] = r[1];
        out[2] = f[0];
        out[3] = f[1];
        return out;
    }

    private static float[] stats(List<Float> walked, float extra) {
        int count = walked.size() + (Float.isNaN(extra) ? 0 : 1);
        if (count == 0) {
            return new float[2];
        }
        float sum = 0f;
        for (float s : walked) {
            sum += s;
        }
        if (!Float.isNaN(extra)) {
            sum += extra;
        }
        float mean = count > 1 ? sum / count : sum;
        float ss = 0f;
        for (float s : walked) {
            ss += (s - mean) * (s - mean);
        }
        if (count > 1) {
            ss /= count;
        }
        float sd = ss > 0 ? (float) Math.sqrt(ss) : 0f;
        return new float[] {mean, sd};
    }

    /**
     * Voiced or unvoiced segment lengths in frames minus one (§4.5).
     *
     * @param f0 the smoothed F0 contour (0 = unvoiced)
     * @param voiced true for voiced segments (F0 != 0 qualifies), false for unvoiced
     * @return the segment lengths
     */
    static List<Integer> segments(float[] f0, boolean voiced) {
        List<Integer> lengths = new ArrayList<>();
        int state = 0;
        int start = 0;
        int run = 0;
        int gap = 0;
        int n = f0.length;
        for (int t = 0; t < n && lengths.size() < 1000; t++) {
            boolean q = voiced ? f0[t] != 0f : f0[t] == 0f;
            if (state == 0) {
                if (q) {
                    state = 1;
                    start = t;
                    run = 1;
                    gap = 0;
                }
            } else if (state == 1) {
                if (q) {
                    gap = 0;
                    run++;
                    if (run >= 3) {
                        state = 2;
                    }
                } else {
                    gap++;
                    if (gap >= 2) {
                        state = 0;
                        run = 0;
                        gap = 0;
                    }
                }
            } else {
                if (q) {
                    gap = 0;
                } else {
                    gap++;
                    if (gap >= 2) {
                        lengths.add((t - 2) - start);
                        state = 0;
                        run = 0;
                        gap = 0;
                    }
                }
            }
        }
        if (state == 2 && lengths.size() < 1000) {
            lengths.add((n - 1 - gap) - start);
        }
        return lengths;
    }

    /** @return {mean, population sd} of segment lengths in seconds (sd 0 for one segment) */
    static float[] segmentStats(List<Integer> lengths) {
        int n = lengths.size();
        if (n == 0) {
            return new float[2];
        }
        float sum = 0f;
        for (int l : lengths) {
            sum += l;
        }
        float mean = sum / n;
        float sd = 0f;
        if (n > 1) {
            float ss = 0f;
            for (int l : lengths) {
                ss += (l - mean) * (l - mean);
            }
            sd = (float) Math.sqrt(ss / n);
        }
        return new float[] {mean * PERIOD, sd * PERIOD};
    }
}
