package org.nkululeko.feats.praat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;

/**
 * Speed benchmark over the EmoDB files: CPU seconds per file for each analysis step on one
 * thread (after a warm-up pass), then the whole extraction's wall time with N threads.
 * Arguments: [threads] [limit].
 */
public final class PraatBenchmark {

    private PraatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0])
                : Runtime.getRuntime().availableProcessors();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        Path shared = Fidelity.shared();
        List<String> files = Fidelity.list(shared.resolve("data/emodb"), "wav");
        files = files.subList(0, Math.min(limit, files.size()));
        List<Sound> sounds = new ArrayList<>();
        for (String f : files) {
            Audio a = WavReader.read(shared.resolve("data/emodb").resolve(f));
            sounds.add(new Sound(a.mono(), a.sampleRateHz()));
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        String[] steps = {"pitch", "harmonicity", "pulses+jitter+shimmer", "formants",
            "formants at pulses", "intensity+syllables+pauses"};
        double[] cpu = new double[steps.length];
        for (int pass = 0; pass < 2; pass++) {
            java.util.Arrays.fill(cpu, 0);
            for (Sound s : sounds) {
                long t = bean.getCurrentThreadCpuTime();
                Pitch p = PitchAnalysis.standard(75, 300).analyse(s);
                long t1 = bean.getCurrentThreadCpuTime();
                Harmonicity.frames(s, 0.01, 75, 0.1, 1.0);
                long t2 = bean.getCurrentThreadCpuTime();
                double[] pulses = Pulses.compute(s, p);
                VoiceMeasures.jitter(pulses);
                VoiceMeasures.shimmer(s, pulses);
                long t3 = bean.getCurrentThreadCpuTime();
                Formants fm = Formants.analyse(s, 0.0025, 5, 5000, 0.025, 50);
                long t4 = bean.getCurrentThreadCpuTime();
                for (double tp : pulses) {
                    for (int k = 1; k <= 4; k++) {
                        fm.valueAt(k, tp);
                    }
                }
                long t5 = bean.getCurrentThreadCpuTime();
                SpeechRate.analyse(s);
                long t6 = bean.getCurrentThreadCpuTime();
                long[] ts = {t, t1, t2, t3, t4, t5, t6};
                for (int i = 0; i < steps.length; i++) {
                    cpu[i] += (ts[i + 1] - ts[i]) / 1e9;
                }
            }
        }
        double total = 0;
        System.out.println("CPU ms per file, one thread, second pass over " + files.size()
                + " files:");
        for (int i = 0; i < steps.length; i++) {
            System.out.printf("  %-28s %7.2f%n", steps[i], 1000 * cpu[i] / files.size());
            total += cpu[i];
        }
        System.out.printf("  %-28s %7.2f  (Praat's script: about 150 ms/file, praat.md §7)%n",
                "total", 1000 * total / files.size());

        // the whole extraction as the pipeline runs it, twice; the second run is reported
        for (int run = 1; run <= 2; run++) {
            long gc0 = gcMillis();
            long w0 = System.nanoTime();
            long c0 = totalCpu();
            Fidelity.extract(shared.resolve("data/emodb"), files, threads);
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpuAll = (totalCpu() - c0) / 1e9;
            double perFile = cpuAll / files.size();
            System.out.printf("run %d: full extraction (read + 45 columns + dataset level), %d "
                    + "threads: %.1f s wall, %.1f s process CPU (GC %.1f s), %.1f ms CPU per "
                    + "file, %.1fx less CPU than Praat's 0.15 s per file%n", run, threads, wall,
                    cpuAll, (gcMillis() - gc0) / 1e3, 1000 * perFile, 0.15 / perFile);
        }
    }

    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static long totalCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
