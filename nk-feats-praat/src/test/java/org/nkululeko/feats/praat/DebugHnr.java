package org.nkululeko.feats.praat;

import java.nio.file.*;
import java.util.*;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;

public class DebugHnr {
    public static void main(String[] args) throws Exception {
        for (String name : args) {
            Audio a = WavReader.read(Path.of("/work/shared/data/emodb/wav/" + name + ".wav"));
            Sound s = new Sound(a.mono(), a.sampleRateHz());
            long t0 = System.nanoTime();
            double[] h = Harmonicity.frames(s, 0.01, 75, 0.1, 1.0);
            long t1 = System.nanoTime();
            List<String> ref = Files.readAllLines(Path.of("/tmp/pd/" + name + ".hnr"));
            double maxAbs = 0; int bad = 0;
            for (int i = 1; i < h.length && i < ref.size(); i++) {
                double rv = Double.parseDouble(ref.get(i).trim());
                double d = Math.abs(h[i] - rv);
                if (d > 1e-6) { bad++; if (bad < 4) System.out.println("  frame " + i + " ours " + h[i] + " praat " + rv); }
                maxAbs = Math.max(maxAbs, d);
            }
            System.out.println(name + " n=" + (h.length - 1) + " mean=" + Harmonicity.mean(h) + " | " + ref.get(0) + " maxAbs " + maxAbs + " bad " + bad + " ms " + (t1 - t0) / 1e6);
        }
    }
}
