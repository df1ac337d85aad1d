package org.nkululeko.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {

    @TempDir
    Path dir;

    @Test
    void confusionMatrixWritesAReadablePng() throws IOException {
        Path png = dir.resolve("images/run_0/cm_last_0_017.png");
        int[][] counts = {{27, 20, 5, 4}, {3, 20, 2, 2}, {1, 2, 22, 2}, {0, 1, 4, 22}};
        Plots.confusionMatrix(png, counts, List.of("angry", "happy", "neutral", "sad"),
                List.of("Confusion Matrix", "UAR: 0.612 (0.541/0.680)", "Epoch: 17"));

        BufferedImage image = read(png);
        assertTrue(image.getWidth() > 300 && image.getHeight() > 300,
                image.getWidth() + "x" + image.getHeight());
        assertEquals(List.of(png), listFiles(png.getParent()), "no temporary file left");
    }

    @Test
    void confusionMatrixCopesWithLongNamesEmptyRowsAndNoTitle() throws IOException {
        Path png = dir.resolve("cm.png");
        int[][] counts = {{0, 0}, {3, 1}};
        Plots.confusionMatrix(png, counts,
                List.of("a rather long class name", "another long class name"), List.of());
        assertTrue(read(png).getWidth() > 0);
    }

    @Test
    void confusionMatrixRejectsAMatrixThatDoesNotFitTheClasses() {
        Path png = dir.resolve("bad.png");
        IllegalArgumentException notSquare = assertThrows(IllegalArgumentException.class,
                () -> Plots.confusionMatrix(png, new int[][] {{1, 2, 3}, {4, 5, 6}},
                        List.of("a", "b"), List.of()));
        assertTrue(notSquare.getMessage().contains("not square"), notSquare.getMessage());

        IllegalArgumentException names = assertThrows(IllegalArgumentException.class,
                () -> Plots.confusionMatrix(png, new int[][] {{1, 2}, {3, 4}},
                        List.of("a", "b", "c"), List.of()));
        assertTrue(names.getMessage().contains("3 class names"), names.getMessage());
        assertFalse(Files.exists(png));
    }

    @Test
    void epochProgressionScalesSkipsNaNAndOmitsEmptySeries() throws IOException {
        Path png = dir.resolve("exp_epoch_progression.png");
        double nan = Double.NaN;
        Plots.epochProgression(png, new double[] {0.5, 0.6, 0.7},
                new double[] {45.0, 55.0, nan}, new double[] {1.2, 0.9, 0.7},
                new double[] {nan, nan, nan}, "UAR");
        assertTrue(read(png).getWidth() > 0);

        Path single = dir.resolve("single.png");
        Plots.epochProgression(single, null, new double[] {0.4}, null, null, "UAR");
        assertTrue(read(single).getHeight() > 0);

        assertThrows(IllegalArgumentException.class, () -> Plots.epochProgression(
                dir.resolve("none.png"), new double[] {nan}, null, null, null, "UAR"));
        assertFalse(Files.exists(dir.resolve("none.png")));
    }

    @Test
    void scatterWritesAPng() throws IOException {
        Path png = dir.resolve("scatter.png");
        Plots.scatter(png, new double[] {20, 30, 40, 50, Double.NaN},
                new double[] {25, 28, 45, 41, 3}, "Scatter plot: MSE: 28.250 (1.2/3.4), PCC: 0.9");
        assertTrue(read(png).getWidth() > 0);

        Plots.scatter(png, new double[] {3, 3}, new double[] {1, 2}, "constant truth");
        assertTrue(read(png).getWidth() > 0);
        assertThrows(IllegalArgumentException.class,
                () -> Plots.scatter(png, new double[] {1}, new double[] {1, 2}, "t"));
    }

    private static BufferedImage read(Path png) throws IOException {
        assertTrue(Files.size(png) > 0);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null && image.getWidth() > 0 && image.getHeight() > 0);
        return image;
    }

    private static List<Path> listFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
