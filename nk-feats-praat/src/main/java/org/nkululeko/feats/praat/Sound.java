package org.nkululeko.feats.praat;

/**
 * A mono sound on Praat's sampled time axis (praat.md A.0): xmin = 0, sample i (1-based) at
 * {@code x1 + (i - 1) dx}, x1 = dx/2. Samples are held 1-based in {@code y[1..nx]}.
 */
final class Sound {

    final double[] y;
    final int nx;
    final double dx;
    final double x1;
    final double xmin;
    final double xmax;

    Sound(double[] samples0, double sampleRateHz) {
        this.nx = samples0.length;
        this.y = new double[nx + 2];
        System.arraycopy(samples0, 0, y, 1, nx);
        this.dx = 1.0 / sampleRateHz;
        this.x1 = 0.5 * dx;
        this.xmin = 0;
        this.xmax = nx * dx;
    }

    /** A sound with an explicit grid; {@code y1} is already 1-based. */
    Sound(double[] y1, int nx, double xmin, double xmax, double x1, double dx) {
        this.y = y1;
        this.nx = nx;
        this.dx = dx;
        this.x1 = x1;
        this.xmin = xmin;
        this.xmax = xmax;
    }

    /** @return the physical duration nx dx */
    double duration() {
        return nx * dx;
    }

    double realIndex(double t) {
        return (t - x1) / dx + 1;
    }

    int lowIndex(double t) {
        return (int) Math.floor(realIndex(t));
    }

    int highIndex(double t) {
        return (int) Math.ceil(realIndex(t));
    }

    int nearestIndex(double t) {
        return (int) Math.floor(realIndex(t) + 0.5);
    }

    double time(int i) {
        return x1 + (i - 1) * dx;
    }

    /** @return the first sample index of windowSamples(a, b), clipped to 1 */
    int windowFirst(double a) {
        return Math.max(1, 1 + (int) Math.ceil((a - x1) / dx));
    }

    /** @return the last sample index of windowSamples(a, b), clipped to nx */
    int windowLast(double b) {
        return Math.min(nx, 1 + (int) Math.floor((b - x1) / dx));
    }
}
