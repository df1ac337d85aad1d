package org.nkululeko.model.mlp;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/** Process-wide ND4J settings the neural models share. */
public final class Dl4jRuntime {

    /** System property that overrides the thread count ND4J uses for the models. */
    public static final String THREADS_PROPERTY = "nk.dl4j.threads";

    private static int current = -1;

    private Dl4jRuntime() {
    }

    /**
     * Sets the number of threads ND4J's native kernels use (OpenMP and BLAS). On 2 shared cores
     * one thread is fastest for small dense networks (java-deps.md §4). The system property
     * {@value #THREADS_PROPERTY} wins over {@code preferred}; without it the environment
     * variable {@code OMP_NUM_THREADS}, when set, wins.
     *
     * @param preferred the model's default thread count, at least 1
     */
    public static synchronized void useThreads(int preferred) {
        int n = Integer.getInteger(THREADS_PROPERTY, envThreads(preferred));
        n = Math.max(1, n);
        if (n == current) {
            return;
        }
        Nd4j.getEnvironment().setMaxThreads(n);
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
        current = n;
    }

    private static int envThreads(int preferred) {
        String env = System.getenv("OMP_NUM_THREADS");
        if (env == null) {
            return preferred;
        }
        try {
            return Integer.parseInt(env.trim());
        } catch (NumberFormatException e) {
            return preferred;
        }
    }
}
