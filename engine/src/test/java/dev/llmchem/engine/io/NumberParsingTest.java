package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.llmchem.engine.testutil.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reader parses numbers in place with FastDoubleParser, and simple decimals with
 * {@link FastDecimal}; their twin is {@link Double#parseDouble}: all must give the same bits
 * (correct rounding, SPEC section 1).
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
  void fastDecimalEqualsDoubleParseDoubleOnDecimalsAndDeclinesTheRest() {
    java.util.Random rnd = new java.util.Random(Seeds.seed("NumberParsingTest.fastDecimal"));
    String[] signs = {"", "", "-", "+"};
    String[] pads = {"", "", " ", "\t", "  "};
    int accepted = 0;
    for (int i = 0; i < 300_000; i++) {
      StringBuilder b = new StringBuilder(pads[rnd.nextInt(pads.length)]);
      b.append(signs[rnd.nextInt(signs.length)]).append(digits(rnd, rnd.nextInt(rnd.nextBoolean() ? 4 : 18)));
      if (rnd.nextInt(4) > 0) {
        b.append('.').append(digits(rnd, rnd.nextInt(rnd.nextBoolean() ? 6 : 20)));
      }
      if (rnd.nextInt(5) == 0) {
        b.append(rnd.nextBoolean() ? 'e' : 'E').append(signs[rnd.nextInt(signs.length)])
            .append(digits(rnd, rnd.nextInt(4)));
      }
      if (rnd.nextInt(40) == 0) {
        b.insert(rnd.nextInt(b.length() + 1), "x.e-+ 0f_,".charAt(rnd.nextInt(10)));
      }
      String s = b.append(pads[rnd.nextInt(pads.length)]).toString();
      double fast = FastDecimal.parse(s.getBytes(StandardCharsets.US_ASCII), 0, s.length());
      char[] t = s.trim().toCharArray();
      boolean decimal = Numbers.isDecimal(t, 0, t.length);
      assertThat(!Double.isNaN(fast)).as(s).isEqualTo(decimal);
      if (decimal) {
        accepted++;
        assertThat(Double.doubleToRawLongBits(fast)).as(s)
            .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
      }
    }
    assertThat(accepted).isGreaterThan(100_000);
    for (String usual : new String[] {"0.3267367544546914", "7.2238175488", "-0", "38.0", ".5",
        "5.", "8.126986682713802e-05", " 1e-3 ", "0.9469535858585859", "1e400", "2e-400",
        "123456789012345678901234567890.5"}) {
      byte[] u = usual.getBytes(StandardCharsets.US_ASCII);
      assertThat(Double.doubleToRawLongBits(FastDecimal.parse(u, 0, u.length))).as(usual)
          .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(usual)));
    }
  }

  private static String digits(java.util.Random rnd, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + rnd.nextInt(10)));
    }
    return b.toString();
  }

  @Test
  void theReaderKeepsEveryDigitOfTheRealFiles() {
    String csv = "trial,model,task,quality,accuracy\nT 1,m,t,9.9999999983,0.9999999998216467\n";
    var h = HistoryReader.read("t.csv", csv, IngestOptions.defaults()).history();
    assertThat(h.quality()[0]).isEqualTo(9.9999999983);
    assertThat(h.accuracy()[0]).isEqualTo(0.9999999998216467);
  }
}
