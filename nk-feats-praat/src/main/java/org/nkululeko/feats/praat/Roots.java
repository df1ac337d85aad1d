package org.nkululeko.feats.praat;

/**
 * Roots of a real polynomial: eigenvalues of its companion matrix by the Francis double-shift
 * QR iteration on an upper Hessenberg matrix (the classic EISPACK {@code hqr} scheme), each then
 * polished by Newton-Raphson on the polynomial (praat.md A.4.3).
 */
final class Roots {

    private static final double EPSILON = Math.ulp(1.0) / 2;

    private Roots() {
    }

    /**
     * Roots of {@code z^m - a[1] z^(m-1) - ... - a[m]}.
     *
     * @param a the predictor coefficients, 1-based, {@code a[1..m]}
     * @param m the order
     * @param re receives the real parts, 0-based
     * @param im receives the imaginary parts, 0-based
     * @return false if the QR iteration did not converge
     */
    static boolean predictorRoots(double[] a, int m, double[] re, double[] im) {
        double[][] h = new double[m][m];
        for (int j = 0; j < m; j++) {
            h[0][j] = a[j + 1];
        }
        for (int i = 1; i < m; i++) {
            h[i][i - 1] = 1;
        }
        if (!hessenbergEigenvalues(h, m, re, im)) {
            return false;
        }
        polish(coefficients(a, m), m, re, im);
        return true;
    }

    /**
     * Roots of the same kind of polynomial, starting Newton's method from the roots of a similar
     * polynomial (the previous analysis frame) instead of the QR iteration. Accepted only if the
     * polished roots multiply back to the polynomial; otherwise falls back to
     * {@link #predictorRoots}. Either way the roots are Newton-polished, so both routes give
     * the same roots to rounding level.
     *
     * @param a the predictor coefficients, 1-based
     * @param m the order
     * @param re in: the start values, out: the roots
     * @param im in: the start values, out: the roots
     * @return false if no roots were found
     */
    static boolean predictorRootsFrom(double[] a, int m, double[] re, double[] im) {
        double[] c = coefficients(a, m);
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        polish(c, m, re, im);
        if (reproduces(c, m, re, im)) {
            return true;
        }
        System.arraycopy(re0, 0, re, 0, m);
        System.arraycopy(im0, 0, im, 0, m);
        return predictorRoots(a, m, re, im);
    }

    /** 1, -a1, ..., -am: the coefficients, highest power first. */
    private static double[] coefficients(double[] a, int m) {
        double[] c = new double[m + 1];
        c[0] = 1;
        for (int j = 1; j <= m; j++) {
            c[j] = -a[j];
        }
        return c;
    }

    /** True if the product of (z - root) matches c to 1e-9 of the coefficient scale. */
    private static boolean reproduces(double[] c, int m, double[] re, double[] im) {
        double[] pr = new double[m + 1];
        double[] pi = new double[m + 1];
        pr[0] = 1;
        for (int k = 0; k < m; k++) {
            for (int j = k + 1; j >= 1; j--) {
                double nr = pr[j] - (re[k] * pr[j - 1] - im[k] * pi[j - 1]);
                double ni = pi[j] - (re[k] * pi[j - 1] + im[k] * pr[j - 1]);
                pr[j] = nr;
                pi[j] = ni;
            }
        }
        double scale = 1;
        for (double v : c) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 1; j <= m; j++) {
            if (Math.abs(pr[j] - c[j]) > 1e-9 * scale || Math.abs(pi[j]) > 1e-9 * scale) {
                return false;
            }
        }
        return true;
    }

    /** Newton-polishes every root; a complex root's partner is set to its conjugate. */
    private static void polish(double[] c, int m, double[] re, double[] im) {
        double[] z = new double[2];
        for (int i = 0; i < m; i++) {
            if (im[i] != 0) {
                z[0] = re[i];
                z[1] = im[i];
                polishComplex(c, m, z);
                re[i] = z[0];
                im[i] = z[1];
                if (i + 1 < m && im[i + 1] != 0) {
                    re[i + 1] = z[0];
                    im[i + 1] = -z[1];
                    i++;
                }
            } else {
                re[i] = polishReal(c, m, re[i]);
            }
        }
    }

    /** Newton-Raphson in complex arithmetic; stops as soon as |p| stops decreasing. */
    private static void polishComplex(double[] c, int m, double[] z) {
        double zr = z[0];
        double zi = z[1];
        double bestR = zr;
        double bestI = zi;
        double yMin = Double.MAX_VALUE;
        for (int iter = 0; iter < 80; iter++) {
            double pr = c[0];
            double pi = 0;
            double dr = 0;
            double di = 0;
            for (int j = 1; j <= m; j++) {
                double ndr = dr * zr - di * zi + pr;
                double ndi = dr * zi + di * zr + pi;
                dr = ndr;
                di = ndi;
                double npr = pr * zr - pi * zi + c[j];
                double npi = pr * zi + pi * zr;
                pr = npr;
                pi = npi;
            }
            double fa = Math.hypot(pr, pi);
            if (fa > yMin || Math.abs(fa - yMin) < EPSILON) {
                zr = bestR;
                zi = bestI;
                break;
            }
            yMin = fa;
            bestR = zr;
            bestI = zi;
            double dd = dr * dr + di * di;
            if (dd == 0) {
                break;
            }
            // z -= p / p'
            zr -= (pr * dr + pi * di) / dd;
            zi -= (pi * dr - pr * di) / dd;
        }
        z[0] = zr;
        z[1] = zi;
    }

    /** Newton-Raphson in real arithmetic. */
    private static double polishReal(double[] c, int m, double x) {
        double best = x;
        double yMin = Double.MAX_VALUE;
        for (int iter = 0; iter < 80; iter++) {
            double p = c[0];
            double dp = 0;
            for (int j = 1; j <= m; j++) {
                dp = dp * x + p;
                p = p * x + c[j];
            }
            double fa = Math.abs(p);
            if (fa > yMin || Math.abs(fa - yMin) < EPSILON) {
                return best;
            }
            yMin = fa;
            best = x;
            if (dp == 0) {
                return x;
            }
            x -= p / dp;
        }
        return x;
    }

    /** Eigenvalues of the upper Hessenberg matrix h (destroyed). */
    private static boolean hessenbergEigenvalues(double[][] a, int n, double[] wr, double[] wi) {
        double anorm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i - 1, 0); j < n; j++) {
                anorm += Math.abs(a[i][j]);
            }
        }
        int nn = n - 1;
        double t = 0;
        double p = 0;
        double q = 0;
        double r = 0;
        double s;
        double w;
        double x;
        double y;
        double z = 0;
        while (nn >= 0) {
            int its = 0;
            int l;
            do {
                for (l = nn; l >= 1; l--) {
                    s = Math.abs(a[l - 1][l - 1]) + Math.abs(a[l][l]);
                    if (s == 0) {
                        s = anorm;
                    }
                    if (Math.abs(a[l][l - 1]) + s == s) {
                        a[l][l - 1] = 0;
                        break;
                    }
                }
                x = a[nn][nn];
                if (l == nn) {
                    wr[nn] = x + t;
                    wi[nn] = 0;
                    nn--;
                } else {
                    y = a[nn - 1][nn - 1];
                    w = a[nn][nn - 1] * a[nn - 1][nn];
                    if (l == nn - 1) {
                        p = 0.5 * (y - x);
                        q = p * p + w;
                        z = Math.sqrt(Math.abs(q));
                        x += t;
                        if (q >= 0) {
                            z = p + Math.copySign(z, p);
                            wr[nn - 1] = x + z;
                            wr[nn] = z != 0 ? x - w / z : x + z;
                            wi[nn - 1] = 0;
                            wi[nn] = 0;
                        } else {
                            wr[nn - 1] = x + p;
                            wr[nn] = x + p;
                            wi[nn - 1] = -z;
                            wi[nn] = z;
                        }
                        nn -= 2;
                    } else {
                        if (its == 60) {
                            return false;
                        }
                        if (its == 10 || its == 20) {
                            t += x;
                            for (int i = 0; i <= nn; i++) {
                                a[i][i] -= x;
                            }
                            s = Math.abs(a[nn][nn - 1]) + Math.abs(a[nn - 1][nn - 2]);
                            x = 0.75 * s;
                            y = x;
                            w = -0.4375 * s * s;
                        }
                        its++;
                        int m;
                        for (m = nn - 2; m >= l; m--) {
                            z = a[m][m];
                            r = x - z;
                            s = y - z;
                            p = (r * s - w) / a[m + 1][m] + a[m][m + 1];
                            q = a[m + 1][m + 1] - z - r - s;
                            r = a[m + 2][m + 1];
                            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
                            p /= s;
                            q /= s;
                            r /= s;
                            if (m == l) {
                                break;
                            }
                            double u = Math.abs(a[m][m - 1]) * (Math.abs(q) + Math.abs(r));
                            double v = Math.abs(p) * (Math.abs(a[m - 1][m - 1]) + Math.abs(z)
                                    + Math.abs(a[m + 1][m + 1]));
                            if (u + v == v) {
                                break;
                            }
                        }
                        for (int i = m + 2; i <= nn; i++) {
                            a[i][i - 2] = 0;
                            if (i != m + 2) {
                                a[i][i - 3] = 0;
                            }
                        }
                        for (int k = m; k <= nn - 1; k++) {
                            if (k != m) {
                                p = a[k][k - 1];
                                q = a[k + 1][k - 1];
                                r = 0;
                                if (k != nn - 1) {
                                    r = a[k + 2][k - 1];
                                }
                                x = Math.abs(p) + Math.abs(q) + Math.abs(r);
                                if (x != 0) {
                                    p /= x;
                                    q /= x;
                                    r /= x;
                                }
                            }
                            s = Math.copySign(Math.sqrt(p * p + q * q + r * r), p);
                            if (s != 0) {
                                if (k == m) {
                                    if (l != m) {
                                        a[k][k - 1] = -a[k][k - 1];
                                    }
                                } else {
                                    a[k][k - 1] = -s * x;
                                }
                                p += s;
                                x = p / s;
                                y = q / s;
                                z = r / s;
                                q /= p;
                                r /= p;
                                for (int j = k; j <= nn; j++) {
                                    p = a[k][j] + q * a[k + 1][j];
                                    if (k != nn - 1) {
                                        p += r * a[k + 2][j];
                                        a[k + 2][j] -= p * z;
                                    }
                                    a[k + 1][j] -= p * y;
                                    a[k][j] -= p * x;
                                }
                                int mmin = Math.min(nn, k + 3);
                                for (int i = l; i <= mmin; i++) {
                                    p = x * a[i][k] + y * a[i][k + 1];
                                    if (k != nn - 1) {
                                        p += z * a[i][k + 2];
                                        a[i][k + 2] -= p * r;
                                    }
                                    a[i][k + 1] -= p * q;
                                    a[i][k] -= p;
                                }
                            }
                        }
                    }
                }
            } while (l < nn - 1);
        }
        return true;
    }
}
