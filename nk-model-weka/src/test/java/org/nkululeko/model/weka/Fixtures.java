package org.nkululeko.model.weka;

import org.nkululeko.testkit.EmoDb;

import java.util.List;
import java.util.Map;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;

/** Small real data sets and specs shared by the tests. */
final class Fixtures {

    /** 4 EmoDB classes, every 3rd row: 68 train / 46 test, scaled. */
    static final EmoDb.Split EMOTION = EmoDb.emotion(
            List.of("anger", "happiness", "neutral", "sadness")).scaled().thinned(3);

    /** Gender as 0/1, speaker-disjoint, every 2nd row: 152 train / 116 test, scaled. */
    static final EmoDb.Split GENDER = EmoDb.gender().scaled().thinned(2);

    private Fixtures() {
    }

    static ModelSpec spec(Task task, Map<String, String> settings, List<String> classes,
            int features) {
        return new ModelSpec(Settings.of("MODEL", settings), task, classes, features, null, 42L,
                1, name -> {
                    throw new UserException("model", "no activation " + name);
                });
    }

    static ModelSpec emotionSpec(Map<String, String> settings) {
        return spec(Task.CLASSIFICATION, settings, EMOTION.classNames(),
                EMOTION.trainX()[0].length);
    }

    static ModelSpec genderSpec(Map<String, String> settings) {
        return spec(Task.REGRESSION, settings, List.of(), GENDER.trainX()[0].length);
    }

    static Estimator.Data train(EmoDb.Split split) {
        return new Estimator.Data(split.trainX(), split.trainY());
    }
}
