package dev.llmchem.cli;

import dev.llmchem.eval.Box;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.io.OutputTarget;
import dev.llmchem.eval.ChemistryMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a chemistry map as a PNG heat map with plain Java2D (headless): the gain field in 20
 * viridis bands between its minimum and maximum (like the reference's contourf), axes with
 * ticks, a labelled colour bar, the ensemble's members as white dots (clipped into the box,
 * as the reference draws them) and their centroid as a red cross.
 */
final class MapPainter {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** Which gain to draw. */
  enum Field {
    CI("\u0394CI", "Complementarity marginal map"),
    HV("\u0394HV_norm", "Hypervolume-only marginal map"),
    RAO("\u0394RaoQ_norm", "Rao-only marginal map");

    final String symbol;
    final String title;

    Field(String symbol, String title) {
      this.symbol = symbol;
      this.title = title;
    }

    double[] of(ChemistryMap m) {
      return this == CI ? m.dCi() : this == HV ? m.dHv() : m.dRao();
    }

    double base(ChemistryMap m) {
      return this == CI ? m.ci0() : this == HV ? m.hv0() : m.rao0();
    }
  }

  static final int BANDS = 20;
  private static final int W = 780;
  private static final int H = 640;
  private static final int LEFT = 90;
  private static final int TOP = 96;
  private static final int SIDE = 460;
  private static final int BAR_X = LEFT + SIDE + 30;
  private static final int BAR_W = 22;

  private MapPainter() { }

  /** Renders the map; {@code subtitle} names the data, group and ensemble. */
  static BufferedImage paint(ChemistryMap m, Field field, String subtitle, String yLabel) {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    double[] z = field.of(m);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    heat(img, m, z, lo, hi);
    Box b = m.box();
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1.2f));
    g.drawRect(LEFT, TOP, SIDE, SIDE);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int k = 0; k <= 5; k++) {
      int px = LEFT + k * SIDE / 5;
      int py = TOP + SIDE - k * SIDE / 5;
      g.drawLine(px, TOP + SIDE, px, TOP + SIDE + 5);
      g.drawLine(LEFT - 5, py, LEFT, py);
      centred(g, tick(b.refX() + k * (b.boundX() - b.refX()) / 5), px, TOP + SIDE + 20);
      String ty = tick(b.refY() + k * (b.boundY() - b.refY()) / 5);
      g.drawString(ty, LEFT - 9 - g.getFontMetrics().stringWidth(ty), py + 5);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    centred(g, "Accuracy", LEFT + SIDE / 2, TOP + SIDE + 44);
    rotated(g, yLabel, LEFT - 58, TOP + SIDE / 2);
    members(g, m);
    colourBar(g, field, lo, hi);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    centred(g, String.format(Locale.ROOT, "%s (%s, \u03bb=%.2f)", field.title, field.symbol,
        m.alpha()), W / 2, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    String base = String.format(Locale.ROOT, "baseline %s=%.3f; %s in [%s, %s]%s",
        field == Field.CI ? "CI" : field == Field.HV ? "HV_norm" : "RaoQ_norm", field.base(m),
        field.symbol, number(lo), number(hi), hi <= 1e-12 ? " (saturated: no gain anywhere)" : "");
    centred(g, subtitle, W / 2, 54);
    centred(g, base, W / 2, 74);
    g.dispose();
    return img;
  }

  /**
   * Writes the PNG through an {@link OutputTarget} (replaced atomically, every write checked;
   * encoded in memory, not in a cache file under java.io.tmpdir).
   */
  static void write(BufferedImage img, Path file, ProgressListener stop) {
    try (OutputTarget t = OutputTarget.file(file, "--out")) {
      try (ImageOutputStream ios = new MemoryCacheImageOutputStream(t.stream())) {
        if (!ImageIO.write(img, "png", ios)) {
          throw new IllegalStateException("no PNG writer in this JDK");
        }
      } catch (IOException e) {
        throw t.fail(e);
      }
      t.commit(stop);
    }
  }

  /** The band (0..BANDS-1) of value v in [lo, hi]; 0 for a constant field. */
  static int band(double v, double lo, double hi) {
    if (!(hi > lo)) {
      return 0;
    }
    return (int) Math.min(BANDS - 1, Math.max(0, Math.floor((v - lo) / (hi - lo) * BANDS)));
  }

  private static void heat(BufferedImage img, ChemistryMap m, double[] z, double lo, double hi) {
    int n = m.grid();
    int[] colour = new int[z.length];
    for (int k = 0; k < z.length; k++) {
      colour[k] = Viridis.rgb(band(z[k], lo, hi) / (double) (BANDS - 1));
    }
    int[] row = new int[SIDE];
    for (int py = 0; py < SIDE; py++) {
      int i = (int) Math.round((SIDE - 1 - py) / (double) (SIDE - 1) * (n - 1));
      for (int px = 0; px < SIDE; px++) {
        row[px] = colour[i * n + (int) Math.round(px / (double) (SIDE - 1) * (n - 1))];
      }
      img.setRGB(LEFT, TOP + py, SIDE, 1, row, 0, SIDE);
    }
  }

  private static void members(Graphics2D g, ChemistryMap m) {
    Box b = m.box();
    double[] x = m.x();
    double[] y = m.y();
    g.setStroke(new BasicStroke(1.2f));
    for (int k = 0; k < x.length; k++) {
      double px = toX(b, x[k]);
      double py = toY(b, y[k]);
      Ellipse2D dot = new Ellipse2D.Double(px - 6, py - 6, 12, 12);
      g.setColor(Color.WHITE);
      g.fill(dot);
      g.setColor(Color.BLACK);
      g.draw(dot);
    }
    double[] c = m.centroid();
    int cx = (int) Math.round(toX(b, c[0]));
    int cy = (int) Math.round(toY(b, c[1]));
    g.setColor(new Color(0xE5, 0x39, 0x35));
    g.setStroke(new BasicStroke(3.2f));
    g.drawLine(cx - 6, cy - 6, cx + 6, cy + 6);
    g.drawLine(cx - 6, cy + 6, cx + 6, cy - 6);
  }

  private static void colourBar(Graphics2D g, Field field, double lo, double hi) {
    int bandH = SIDE / BANDS;
    for (int k = 0; k < BANDS; k++) {
      g.setColor(new Color(Viridis.rgb(k / (double) (BANDS - 1))));
      g.fillRect(BAR_X, TOP + SIDE - (k + 1) * bandH, BAR_W, bandH);
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(BAR_X, TOP + SIDE - BANDS * bandH, BAR_W, BANDS * bandH);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int k = 0; k <= BANDS; k += 4) {
      int py = TOP + SIDE - k * bandH;
      g.drawLine(BAR_X + BAR_W, py, BAR_X + BAR_W + 4, py);
      double v = hi > lo ? lo + k * (hi - lo) / BANDS : lo;
      g.drawString(number(v), BAR_X + BAR_W + 7, py + 4);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    rotated(g, field.symbol + " when adding a model at (x, y)", BAR_X + BAR_W + 92, TOP + SIDE / 2);
  }

  private static double toX(Box b, double v) {
    double span = b.boundX() - b.refX();
    double c = Math.min(Math.max(v, b.refX()), b.boundX());
    return LEFT + (span > 0 ? (c - b.refX()) / span : 0) * SIDE;
  }

  private static double toY(Box b, double v) {
    double span = b.boundY() - b.refY();
    double c = Math.min(Math.max(v, b.refY()), b.boundY());
    return TOP + SIDE - (span > 0 ? (c - b.refY()) / span : 0) * SIDE;
  }

  private static String tick(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Compact number for the colour bar and subtitle. */
  static String number(double v) {
    if (v == 0.0 || Math.abs(v) >= 0.01) {
      return String.format(Locale.ROOT, "%.4f", v);
    }
    return String.format(Locale.ROOT, "%.2e", v);
  }

  private static void centred(Graphics2D g, String s, int x, int y) {
    FontMetrics fm = g.getFontMetrics();
    g.drawString(s, x - fm.stringWidth(s) / 2, y);
  }

  private static void rotated(Graphics2D g, String s, int x, int y) {
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2, x, y);
    centred(g, s, x, y);
    g.setTransform(saved);
  }
}
