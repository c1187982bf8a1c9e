package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.eval.Box;
import dev.llmchem.eval.MapGrid;
import dev.llmchem.engine.testutil.Reference;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chem maps writes readable PNGs (and grids) for the chosen ensembles; the painter's bands. */
class MapsCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesOnePngPerGroupWithTheReferenceBaselines() throws Exception {
    CliRun r = CliRun.of("maps", "--data", Reference.file("runs.csv").toString(), "--out",
        dir.toString(), "--grid", "20", "--values", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode maps = Json.MAPPER.readTree(r.out()).get("maps");
    assertThat(maps).hasSize(3);
    double[] titles = {0.992, 1.000, 1.000}; // goldens/maps/runs-group*_chemistry-strong.png
    for (int i = 0; i < 3; i++) {
      JsonNode m = maps.get(i);
      assertThat(m.get("ci0").asDouble()).isCloseTo(titles[i], within(5e-4));
      Path png = Path.of(m.get("png").asText());
      assertThat(png.getFileName().toString()).isEqualTo("runs-group" + (i + 1) + "_chemistry-strong.png");
      BufferedImage img = ImageIO.read(png.toFile());
      assertThat(img.getWidth()).isEqualTo(780);
      assertThat(img.getHeight()).isEqualTo(640);
      List<String> csv = Files.readAllLines(Path.of(m.get("csv").asText()));
      assertThat(csv).hasSize(20 * 20 + 1);
      assertThat(csv.get(0)).isEqualTo("accuracy,quality,d_ci,d_hv,d_rao");
    }
    // N=10 log of the reference: "Group 3 stats: min=6, max=10, mean=9.59, median=10.0".
    JsonNode rows = maps.get(2).get("group_rows");
    assertThat(rows.get("min").asInt()).isEqualTo(6);
    assertThat(rows.get("max").asInt()).isEqualTo(10);
    assertThat(rows.get("mean").asDouble()).isCloseTo(9.59, within(0.005));
  }

  @Test
  void badGroupAndGridExitOne() {
    String data = Reference.file("runs.csv").toString();
    CliRun g = CliRun.of("maps", "--data", data, "--out", dir.toString(), "--group", "4");
    assertThat(g.code()).isEqualTo(1);
    assertThat(g.err()).contains("--group must be 3, 5 or 10");
    CliRun grid = CliRun.of("maps", "--data", data, "--out", dir.toString(), "--grid", "1");
    assertThat(grid.code()).isEqualTo(1);
  }

  @Test
  void bandsSplitTheRangeInTwenty() {
    assertThat(MapPainter.band(0.0, 0.0, 1.0)).isZero();
    assertThat(MapPainter.band(0.049, 0.0, 1.0)).isZero();
    assertThat(MapPainter.band(0.05, 0.0, 1.0)).isEqualTo(1);
    assertThat(MapPainter.band(1.0, 0.0, 1.0)).isEqualTo(19);
    assertThat(MapPainter.band(0.3, 0.3, 0.3)).isZero(); // constant field: darkest
  }

  @Test
  void paintsTheLargestGainBrightestAndMembersWhite() {
    // E = {(0.5, 0.5)}: the gain is largest at (1, 1), so the top-right pixel of the plot is
    // viridis' top colour; the member sits at the plot's centre, a white dot under the red
    // cross of the centroid (the same point here), so the dot shows beside the cross's strokes.
    var m = MapGrid.compute(new double[] {0.5}, new double[] {0.5}, Box.UNIT, 11, 0.5, false,
        dev.llmchem.engine.control.ProgressListener.NONE);
    BufferedImage img = MapPainter.paint(m, MapPainter.Field.CI, "test", "Quality");
    int left = 90;
    int top = 96;
    int side = 460;
    assertThat(img.getRGB(left + side - 2, top + 2) & 0xFFFFFF).isEqualTo(Viridis.rgb(1.0));
    assertThat(img.getRGB(left + side / 2 + 4, top + side / 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(img.getRGB(left + side / 2, top + side / 2) & 0xFFFFFF).isEqualTo(0xE53935);
    assertThat(img.getRGB(left + 2, top + side - 2) & 0xFFFFFF).isNotEqualTo(Viridis.rgb(1.0));
  }
}
