package org.nkululeko.model.xgboost;

import org.nkululeko.testkit.EmoDb;
import org.nkululeko.testkit.TestMetrics;

import java.util.List;
import java.util.Map;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.plugin.PluginRegistry;

/**
 * Runs inside {@link XgbPluginJarIT}'s isolated class loaders, as the application would use a
 * plugin: it knows only nk-api and nk-core, and finds {@code xgb} through
 * {@link PluginRegistry} over the plugin jar's loader. It must not name any class of the
 * module's main code.
 */
public final class PluginCheck {

    private PluginCheck() {
    }

    /**
     * @param appLoader the loader of nk-api and nk-core (and this class) only
     * @param pluginLoader a loader over the plugin jar, child of {@code appLoader}
     * @return {@code found-without-plugin|jar of xgb|loader of xgb is pluginLoader|UAR}
     */
    public static String run(ClassLoader appLoader, ClassLoader pluginLoader) {
        boolean withoutPlugin;
        try {
            PluginRegistry.load(appLoader).model("xgb");
            withoutPlugin = true;
        } catch (UserException e) {
            withoutPlugin = false;
        }

        PluginRegistry registry = PluginRegistry.load(pluginLoader);
        Model xgb = registry.model("xgb");
        String jar = registry.entries().stream().filter(e -> e.name().equals("xgb"))
                .map(PluginRegistry.Entry::jar).findFirst().orElse("-");

        EmoDb.Split split = EmoDb.emotion(List.of("anger", "happiness", "neutral", "sadness"))
                .scaled().thinned(3);
        ModelSpec spec = new ModelSpec(Settings.of("MODEL", Map.of("early_stopping_rounds",
                "5")), Task.CLASSIFICATION, split.classNames(), 88, null, 42L, 1, name -> null);
        Estimator estimator = xgb.create(spec);
        estimator.train(new Estimator.Data(split.trainX(), split.trainY()), null);
        double uar = TestMetrics.uar(split.testY(),
                TestMetrics.argmax(estimator.predict(split.testX())));
        return withoutPlugin + "|" + jar + "|" + (xgb.getClass().getClassLoader() == pluginLoader)
                + "|" + registry.model("xgr").supports(Task.REGRESSION) + "|" + uar;
    }
}
