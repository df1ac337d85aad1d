package org.nkululeko.feats.praat;

import java.nio.file.*;
import java.util.*;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;

public class DebugPulses {
    public static void main(String[] args) throws Exception {
        for (String name : args) {
            Audio a = WavReader.read(Path.of(name.startsWith("concat") ? "/work/shared/data/emodb-long/concat/" + name + ".wav" : "/work/shared/data/emodb/wav/" + name + ".wav"));
            Sound s = new Sound(a.mono(), a.sampleRateHz());
            Pitch p = PitchAnalysis.standard(75, 300).analyse(s);
            double[] t = Pulses.compute(s, p);
            List<String> ref = Files.readAllLines(Path.of("/tmp/pd/" + name + ".pp"));
            int nr = Integer.parseInt(ref.get(0).trim());
            double maxDt = 0;
            int firstDiff = -1;
            for (int i = 0; i < Math.min(nr, t.length); i++) {
                double d = Math.abs(t[i] - Double.parseDouble(ref.get(i + 1)));
                if (d > 1e-9 && firstDiff < 0) firstDiff = i;
                maxDt = Math.max(maxDt, d);
            }
            System.out.println(name + " pulses ours " + t.length + " praat " + nr + " maxDt " + maxDt + " firstDiff " + firstDiff);
            if (firstDiff >= 0) System.out.println("   ours " + t[firstDiff] + " praat " + ref.get(firstDiff + 1));
            double[] j = VoiceMeasures.jitter(t);
            double[] sh = VoiceMeasures.shimmer(s, t);
            String[] r = Files.readAllLines(Path.of("/tmp/pd/" + name + ".js")).get(0).trim().split("\\s+");
            StringBuilder sb = new StringBuilder("   rel: ");
            for (int k = 0; k < 11; k++) {
                double v = k < 5 ? j[k] : sh[k - 5];
                double rv = Double.parseDouble(r[k]);
                sb.append(String.format("%.1e ", Math.abs(v - rv) / Math.abs(rv)));
            }
            System.out.println(sb);
        }
    }
}
