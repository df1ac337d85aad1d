package org.nkululeko.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.io.Csv;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.core.run.Experiment;
import org.nkululeko.core.run.Predictor;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nkululeko predict --config x.ini --file a.wav}: the best saved model of an experiment
 * on new audio; prints one CSV line per file (file, predicted label, class probabilities).
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict with the best saved model of an experiment.")
final class PredictCommand implements Callable<Integer> {

    @ParentCommand
    private Main parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "the experiment's INI file (run it first)")
    private Path config;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Inputs inputs;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the results here")
    private Path csv;

    /** Where the audio comes from. */
    static final class Inputs {
        @Option(names = "--file", paramLabel = "WAV", description = "one audio file")
        Path file;

        @Option(names = "--folder", paramLabel = "DIR", description = "every .wav in a folder")
        Path folder;

        @Option(names = "--list", paramLabel = "FILE",
                description = "a text file with one audio path per line, or a CSV with a "
                        + "'file' column")
        Path list;
    }

    @Override
    public Integer call() throws IOException {
        ExperimentConfig cfg = ExperimentConfig.load(config);
        PluginRegistry registry = Plugins.registry(parent.plugins);
        Predictor predictor = new Predictor(Experiment.bestModelDir(cfg), registry);
        List<Predictor.Prediction> predictions = predictor.predict(
                Predictor.samples(files()), null, "predict");
        List<String> header = new ArrayList<>(List.of("file", "predicted"));
        if (predictor.bundle().task() == Task.CLASSIFICATION) {
            header.addAll(predictor.bundle().classNames());
        }
        List<Object[]> rows = new ArrayList<>();
        int failed = 0;
        for (Predictor.Prediction p : predictions) {
            failed += p.label().isEmpty() ? 1 : 0;
            List<Object> row = new ArrayList<>(List.of(p.file(), p.label()));
            if (predictor.bundle().task() == Task.CLASSIFICATION) {
                for (double s : p.scores()) {
                    row.add(String.format("%.4f", s));
                }
            }
            rows.add(row.toArray());
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println(Csv.line(header.toArray()));
        rows.forEach(r -> out.println(Csv.line(r)));
        out.flush();
        if (csv != null) {
            try {
                Csv.write(csv, header, rows);
            } catch (IOException e) {
                throw new UserException("predict", "--csv " + csv + ": cannot write ("
                        + e.getMessage() + ")", e);
            }
        }
        if (failed > 0) {
            throw new UserException("predict", failed + " of " + predictions.size()
                    + " files could not be read (see the warnings above); their rows have no "
                    + "prediction");
        }
        return 0;
    }

    private List<Path> files() throws IOException {
        if (inputs.file != null) {
            requireFile(inputs.file, "--file");
            return List.of(inputs.file);
        }
        if (inputs.folder != null) {
            if (!Files.isDirectory(inputs.folder)) {
                throw new UserException("predict", "--folder " + inputs.folder
                        + ": no such folder");
            }
            try (Stream<Path> s = Files.list(inputs.folder)) {
                List<Path> wavs = s.filter(p -> p.toString().toLowerCase().endsWith(".wav"))
                        .sorted().toList();
                if (wavs.isEmpty()) {
                    throw new UserException("predict", "--folder " + inputs.folder
                            + ": no .wav files");
                }
                return wavs;
            }
        }
        requireFile(inputs.list, "--list");
        if (inputs.list.toString().endsWith(".csv")) {
            Csv table = Csv.read(inputs.list);
            if (table.column("file") < 0) {
                throw new UserException("predict", inputs.list + ": no 'file' column");
            }
            return table.rows().stream().map(r -> Path.of(table.get(r, "file").trim()))
                    .toList();
        }
        return Files.readAllLines(inputs.list).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Path::of).toList();
    }

    private static void requireFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("predict", option + " " + file + ": no such file");
        }
    }
}
