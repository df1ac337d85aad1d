package org.nkululeko.feats.praat;

import java.nio.file.*;
import java.util.*;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;

public class DebugPitch {
    public static void main(String[] args) throws Exception {
        for (String name : args) {
            Audio a = WavReader.read(Path.of("/work/shared/data/emodb/wav/" + name + ".wav"));
            Sound s = new Sound(a.mono(), a.sampleRateHz());
            Pitch p = PitchAnalysis.standard(75, 300).analyse(s);
            List<String> ref = Files.readAllLines(Path.of("/tmp/pd/" + name + ".pitch"));
            System.out.println(name + " n=" + p.nFrames + " t1=" + p.t1 + " mean=" + p.mean() + " sd=" + p.standardDeviation() + " | " + ref.get(0));
            int bad = 0; double maxRel = 0;
            for (int i = 1; i <= p.nFrames; i++) {
                String r = ref.get(i);
                double rv = r.startsWith("--") ? Double.NaN : Double.parseDouble(r);
                double v = p.f0[i];
                if (Double.isNaN(rv) != Double.isNaN(v)) { bad++; if (bad < 5) System.out.println("  frame " + i + " ours " + v + " praat " + rv); }
                else if (!Double.isNaN(v)) maxRel = Math.max(maxRel, Math.abs(v - rv) / rv);
            }
            System.out.println("  voicing diffs " + bad + " maxRel " + maxRel);
        }
    }
}
