package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.llmchem.engine.testutil.Seeds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reader parses numbers in place with FastDoubleParser; its twin is
 * {@link Double#parseDouble}: both must give the same bits (correct rounding, SPEC section 1).
 */
class NumberParsingTest {
  @Test
  void fastParserEqualsDoubleParseDoubleOnRandomDecimals() {
    SplittableRandom rnd = new SplittableRandom(Seeds.seed("NumberParsingTest"));
    for (int i = 0; i < 200_000; i++) {
      String s = switch (rnd.nextInt(5)) {
        case 0 -> Double.toString(rnd.nextDouble());
        case 1 -> Double.toString(Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL));
        case 2 -> String.format("%.10f", rnd.nextDouble(0, 10));
        case 3 -> rnd.nextInt(100) + "." + Long.toString(rnd.nextLong() & Long.MAX_VALUE);
        default -> rnd.nextInt(10) + "e-" + rnd.nextInt(30);
      };
      char[] c = ("  " + s + " ").toCharArray();
      double fast = JavaDoubleParser.parseDouble(c, 2, s.length());
      assertThat(Double.doubleToRawLongBits(fast)).as(s)
          .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }
  }

  @Test
  void theReaderKeepsEveryDigitOfTheRealFiles() {
    String csv = "trial,model,task,quality,accuracy\nT 1,m,t,9.9999999983,0.9999999998216467\n";
    var h = HistoryReader.read("t.csv", csv, IngestOptions.defaults()).history();
    assertThat(h.quality()[0]).isEqualTo(9.9999999983);
    assertThat(h.accuracy()[0]).isEqualTo(0.9999999998216467);
  }
}
