package dev.llmchem.cli;

import dev.llmchem.eval.QualityScale;
import picocli.CommandLine.Option;

/** {@code --quality-scale} of chem eval and chem maps (a picocli mixin). */
final class ScaleOption {
  @Option(names = "--quality-scale", defaultValue = "raw", paramLabel = "S",
      description = "Quality in the complementarity index: raw (default, the reference: 0-10;"
          + " the hypervolume clips it to 1, Rao's Q saturates; Tables 2-3 reproduce) or"
          + " normalised (quality / 10, the paper's intent).")
  QualityScale scale;
}
