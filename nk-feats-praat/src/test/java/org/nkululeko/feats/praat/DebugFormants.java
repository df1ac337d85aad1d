package org.nkululeko.feats.praat;

import java.nio.file.*;
import java.util.*;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;

public class DebugFormants {
    public static void main(String[] args) throws Exception {
        for (String name : args) {
            Audio a = WavReader.read(Path.of(name.startsWith("concat") ? "/work/shared/data/emodb-long/concat/" + name + ".wav" : "/work/shared/data/emodb/wav/" + name + ".wav"));
            Sound s = new Sound(a.mono(), a.sampleRateHz());
            long t0 = System.nanoTime();
            Formants fm = Formants.analyse(s, 0.0025, 5, 5000, 0.025, 50);
            long t1 = System.nanoTime();
            List<String> ref = Files.readAllLines(Path.of("/tmp/pd/" + name + ".fmt"));
            double maxRel = 0; int bad = 0;
            for (int f = 1; f <= fm.nFrames && f < ref.size(); f++) {
                String[] r = ref.get(f).trim().split("\\s+");
                for (int k = 1; k <= 5; k++) {
                    double rv = r[k - 1].startsWith("--") ? Double.NaN : Double.parseDouble(r[k - 1]);
                    double v = fm.valueAt(k, fm.t1 + (f - 1) * fm.dt);
                    if (Double.isNaN(rv) != Double.isNaN(v)) { bad++; if (bad < 4) System.out.println("  frame " + f + " k " + k + " ours " + v + " praat " + rv); }
                    else if (!Double.isNaN(v)) maxRel = Math.max(maxRel, Math.abs(v - rv) / rv);
                }
            }
            System.out.println(name + " n=" + fm.nFrames + " t1=" + fm.t1 + " | " + ref.get(0) + " maxRel " + maxRel + " bad " + bad + " ms " + (t1 - t0) / 1e6);
        }
    }
}
