package org.nkululeko.feats.praat;
import java.util.*;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;
public class DebugPrune {
    public static void main(String[] args) throws Exception {
        List<String> files = Fidelity.list(Fidelity.shared().resolve("data/emodb"), "wav");
        int diffs = 0;
        for (String f : files.subList(0, Integer.parseInt(args[0]))) {
            Audio a = WavReader.read(Fidelity.shared().resolve("data/emodb").resolve(f));
            Sound s = new Sound(a.mono(), a.sampleRateHz());
            PitchAnalysis.FULL_REFINEMENT = true;
            double[] full = Harmonicity.frames(s, 0.01, 75, 0.1, 1.0);
            PitchAnalysis.FULL_REFINEMENT = false;
            double[] fast = Harmonicity.frames(s, 0.01, 75, 0.1, 1.0);
            if (!Arrays.equals(full, fast)) { diffs++; System.out.println("DIFF " + f); }
        }
        System.out.println("files with differing HNR frames: " + diffs);
    }
}
