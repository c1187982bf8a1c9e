package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.testutil.Seeds;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner's word-at-a-time kernels ({@link ByteScan}, {@link Utf8}) against their naive
 * twins (byte loops, the JDK's reporting UTF-8 decoder) on random bytes biased towards the
 * bytes they look for, at every alignment.
 */
class ByteKernelsTest {
  /** The searched bytes, their neighbours and high-bit twins (near misses for the word tricks). */
  private static final byte[] SPECIAL = {'"', ',', '\r', '\n', '!', '#', '+', '-', 0x0B, 0x0C,
      0x0E, 0x09, 0, 'a', ' ', (byte) 0xA2, (byte) 0xAC, (byte) 0x8D, (byte) 0x8A, (byte) 0x80,
      (byte) 0xE2, (byte) 0xFF};

  @Test
  void searchesAndLineBreaksEqualByteLoops() {
    Random r = new Random(Seeds.seed("ByteKernelsTest.searches"));
    for (int t = 0; t < 50_000; t++) {
      byte[] b = random(r, r.nextInt(40));
      int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
      int to = from + r.nextInt(b.length - from + 1);
      int q = first(b, from, to, "\"");
      boolean afterCr = from > 0 && b[from - 1] == '\r';
      long found = ByteScan.quote(b, from, to, afterCr);
      assertThat((int) found).isEqualTo(q < 0 ? to : q);
      assertThat(found >>> 32).isEqualTo(breaks(b, from, q < 0 ? to : q, afterCr));
      assertThat(ByteScan.indexOfDelimiter(b, from, to)).isEqualTo(first(b, from, to, ",\r\n"));
    }
  }

  @Test
  void utf8CheckAgreesWithTheJdkDecoderAndResumesAcrossSplits() {
    Random r = new Random(Seeds.seed("ByteKernelsTest.utf8"));
    for (int t = 0; t < 50_000; t++) {
      byte[] b = r.nextBoolean() ? random(r, r.nextInt(24)) : damagedText(r);
      int jdk = jdkFirstBad(b);
      int c = Utf8.check(b, 0, b.length, true);
      assertThat(c).as(hex(b)).isEqualTo(jdk < 0 ? b.length : -1 - jdk);
      int split = r.nextInt(b.length + 1);
      int head = Utf8.check(b, 0, split, false);
      int whole = head < 0 ? head : Utf8.check(b, head, b.length, true);
      assertThat(whole < 0).as("split at %d: %s", split, hex(b)).isEqualTo(jdk >= 0);
    }
  }

  private static byte[] random(Random r, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = r.nextInt(3) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : (byte) r.nextInt(256);
    }
    return b;
  }

  /** Valid UTF-8 text of 1- to 4-byte characters with a byte or two changed. */
  private static byte[] damagedText(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = r.nextInt(12); i < n; i++) {
      s.appendCodePoint(switch (r.nextInt(4)) {
        case 0 -> r.nextInt(0x80);
        case 1 -> 0x80 + r.nextInt(0x780);
        case 2 -> r.nextBoolean() ? 0x800 + r.nextInt(0xD000) : 0xE000 + r.nextInt(0x2000);
        default -> 0x10000 + r.nextInt(0x100000);
      });
    }
    byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
    for (int k = r.nextInt(3); k > 0 && b.length > 0; k--) {
      int i = r.nextInt(b.length);
      b[i] = r.nextBoolean() ? (byte) r.nextInt(256) : (byte) (b[i] ^ (1 << r.nextInt(8)));
    }
    return b;
  }

  private static int first(byte[] b, int from, int to, String set) {
    for (int i = from; i < to; i++) {
      if (set.indexOf(b[i]) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static long breaks(byte[] b, int from, int to, boolean afterCr) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '\r' || b[i] == '\n' && (i == from ? !afterCr : b[i - 1] != '\r')) {
        n++;
      }
    }
    return n;
  }

  /** Offset of the first ill-formed sequence as the JDK decoder reports it, or -1. */
  private static int jdkFirstBad(byte[] b) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(2 * b.length + 2);
    CoderResult res = d.decode(in, out, true);
    if (res.isError()) {
      return in.position();
    }
    return d.flush(out).isError() ? in.position() : -1;
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x ", x & 0xff));
    }
    return s.toString();
  }
}
