package dev.llmchem.cli;

/**
 * The viridis colour map (perceptually uniform, readable in grey and by colour-blind
 * readers), linearly interpolated between its 9 standard stops (#440154 ... #FDE725).
 */
final class Viridis {
  private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21908C,
      0x27AD81, 0x5DC863, 0xAADC32, 0xFDE725};

  private Viridis() { }

  /** RGB of t in [0, 1] (clipped). */
  static int rgb(double t) {
    double u = Math.min(Math.max(t, 0.0), 1.0) * (STOPS.length - 1);
    int k = Math.min((int) u, STOPS.length - 2);
    double f = u - k;
    int a = STOPS[k];
    int b = STOPS[k + 1];
    return (mix(a >> 16, b >> 16, f) << 16) | (mix(a >> 8, b >> 8, f) << 8) | mix(a, b, f);
  }

  private static int mix(int a, int b, double f) {
    int x = a & 0xFF;
    int y = b & 0xFF;
    return (int) Math.round(x + (y - x) * f);
  }
}
