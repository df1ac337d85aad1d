package org.nkululeko.feats.praat;

import java.nio.file.*;
import java.util.*;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;

public class DebugJitter {
    static boolean inR(double p) { return p >= 1e-4 && p <= 0.02; }
    static double ratio(double a, double b) { return Math.max(a, b) / Math.min(a, b); }
    public static void main(String[] args) throws Exception {
        Fidelity.Table ref = Fidelity.read(Fidelity.shared().resolve("refs/praat_emodb.csv"));
        List<String> files = new ArrayList<>(ref.rows().keySet()).subList(0, Integer.parseInt(args[0]));
        for (String f : files) {
            Audio a = WavReader.read(Fidelity.shared().resolve("data/emodb").resolve(f));
            Sound s = new Sound(a.mono(), a.sampleRateHz());
            double[] t = Pulses.compute(s, PitchAnalysis.standard(75, 300).analyse(s));
            double[] j = VoiceMeasures.jitter(t);
            double[] r = ref.rows().get(f);
            double mpRef = r[5] / r[4];
            double mpOurs = j[1] / j[0];
            if (Math.abs(mpRef - mpOurs) / mpRef < 1e-9) continue;
            int n = t.length - 1;
            double[] p = new double[n];
            for (int k = 0; k < n; k++) p[k] = t[k + 1] - t[k];
            // variants
            double[] sums = new double[6]; int[] cnt = new int[6];
            for (int k = 0; k < n; k++) {
                if (!(p[k] > 0 && inR(p[k]))) continue;
                boolean hl = k > 0, hr = k < n - 1;
                boolean lb = hl && ratio(p[k-1], p[k]) > 1.3, rb = hr && ratio(p[k], p[k+1]) > 1.3;
                boolean lbR = hl && (!inR(p[k-1]) || ratio(p[k-1], p[k]) > 1.3), rbR = hr && (!inR(p[k+1]) || ratio(p[k], p[k+1]) > 1.3);
                boolean[] ok = {
                    !((hl || hr) && (!hl || lb) && (!hr || rb)),   // current
                    !(lb && rb),                                    // only when both exist
                    !((hl || hr) && (!hl || lbR) && (!hr || rbR)),
                    !(lbR && rbR),
                    true,
                    !(lb || rb)
                };
                for (int v = 0; v < 6; v++) if (ok[v]) { sums[v] += p[k]; cnt[v]++; }
            }
            StringBuilder sb = new StringBuilder(f + " ref " + mpRef + " ours " + mpOurs + " |");
            for (int v = 0; v < 6; v++) sb.append(String.format(" v%d %.3e", v, Math.abs(sums[v] / cnt[v] - mpRef) / mpRef));
            System.out.println(sb);
        }
    }
}
