package org.nkululeko.feats.opensmile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.nkululeko.api.FeatureExtractor;

/**
 * Command: times eGeMAPSv02 functionals over the 535 EmoDB files with 1 thread and with 2
 * threads (WAV reading included, after a warm-up pass on 100 files) and prints seconds, CPU seconds per
 * file, the real-time factor, the 2-thread speed-up and the peak heap. Argument: optional
 * number of threads for the second run (default 2).
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** @param args optional thread count of the parallel run */
    public static void main(String[] args) throws Exception {
        int parallel = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        List<String> names = new ArrayList<>(ReferenceData.functionals().rows().keySet());
        List<String> audio = names;
        double seconds = 0;
        for (String n : names) {
            seconds += ReferenceData.audio(n).durationSeconds();
        }
        FeatureExtractor.Extraction ex = OpenSmileExtractor.extraction(
                OpenSmileExtractor.FeatureSet.EGEMAPS_V02,
                OpenSmileExtractor.Level.FUNCTIONALS);
        run(ex, audio.subList(0, 100), 1);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        CPU_NANOS.set(0);
        double one = run(ex, audio, 1);
        double cpuOne = CPU_NANOS.get() / 1e9;
        CPU_NANOS.set(0);
        double many = run(ex, audio, parallel);
        double cpuMany = CPU_NANOS.get() / 1e9;
        int n = audio.size();
        System.out.printf(Locale.ROOT, "files: %d, audio: %.1f s%n", n, seconds);
        System.out.printf(Locale.ROOT,
                "1 thread : %.2f s wall (%.2f s CPU), %.4f s per file, real-time factor %.4f%n",
                one, cpuOne, one / n, one / seconds);
        System.out.printf(Locale.ROOT,
                "%d threads: %.2f s wall (%.2f s CPU), %.4f s per file, real-time factor %.4f,"
                + " speed-up %.2f%n", parallel, many, cpuMany, many / n, many / seconds,
                one / many);
        System.out.printf(Locale.ROOT, "load average during the run: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "openSMILE reference: 0.055 CPU s per file -> %s%n",
                cpuOne / n <= 0.055 ? "faster" : "slower");
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %.1f MB, max heap %.0f MB%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** Extracts every file with a pool of {@code threads}; returns wall seconds. */
    private static final AtomicLong CPU_NANOS = new AtomicLong();

    /** Reads and extracts one file, adding the thread's CPU time to {@link #CPU_NANOS}. */
    private static double[][] timed(FeatureExtractor.Extraction ex, String name) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long c0 = bean.getCurrentThreadCpuTime();
        double[][] out = ex.extract(ReferenceData.audio(name));
        CPU_NANOS.addAndGet(bean.getCurrentThreadCpuTime() - c0);
        return out;
    }

    private static double run(FeatureExtractor.Extraction ex, List<String> audio, int threads)
            throws Exception {
        long t0 = System.nanoTime();
        if (threads == 1) {
            for (String a : audio) {
                timed(ex, a);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<double[][]>> fs = new ArrayList<>();
                for (String a : audio) {
                    fs.add(pool.submit(() -> timed(ex, a)));
                }
                for (Future<double[][]> f : fs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
