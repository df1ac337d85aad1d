package org.nkululeko.feats.opensmile;

import java.util.ArrayList;
import java.util.List;

/**
 * Command: compares the 88 functionals over EmoDB with openSMILE's reference and prints one line
 * per feature and a summary. Arguments: {@code [step [threads]]}; step 1 (default) uses all 535
 * files, step k every k-th file.
 */
public final class FidelityReport {

    private FidelityReport() {
    }

    /** @param args optional step and thread count */
    public static void main(String[] args) throws Exception {
        int step = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int threads = args.length > 1 ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        ReferenceData.Table ref = ReferenceData.functionals();
        List<String> all = new ArrayList<>(ref.rows().keySet());
        List<String> files = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            files.add(all.get(i));
        }
        double[][] got = Fidelity.extract(files, threads);
        System.out.print(Fidelity.format(Fidelity.compare(files, got, ref)));
    }
}
