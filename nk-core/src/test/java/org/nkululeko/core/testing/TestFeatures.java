package org.nkululeko.core.testing;

import java.util.List;
import org.nkululeko.api.Audio;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.Settings;

/**
 * {@code [FEATS] type = testfeat}: three simple features of a file (RMS, zero-crossing rate,
 * duration), registered for tests through {@code META-INF/services}.
 */
public final class TestFeatures implements FeatureExtractor {

    @Override
    public String name() {
        return "testfeat";
    }

    @Override
    public Extraction configure(Settings feats) {
        String set = feats.getString("set", "v1");
        return new Extraction() {
            @Override
            public String cacheTag() {
                return set;
            }

            @Override
            public List<String> columnNames() {
                return List.of("rms", "zcr", "duration");
            }

            @Override
            public double[][] extract(Audio audio) {
                double[] x = audio.mono();
                double sum = 0;
                int crossings = 0;
                for (int i = 0; i < x.length; i++) {
                    sum += x[i] * x[i];
                    if (i > 0 && (x[i] >= 0) != (x[i - 1] >= 0)) {
                        crossings++;
                    }
                }
                return new double[][] {{Math.sqrt(sum / x.length),
                        crossings / audio.durationSeconds(), audio.durationSeconds()}};
            }
        };
    }
}
