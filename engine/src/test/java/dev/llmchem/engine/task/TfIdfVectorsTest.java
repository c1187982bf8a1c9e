package dev.llmchem.engine.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Seeds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Vectorising in parallel ranges gives the sequential vectors, bit for bit. */
class TfIdfVectorsTest {

  @Test
  void parallelRangesGiveTheSequentialVectors() {
    long seed = Seeds.seed("tf-idf vectors in ranges");
    SplittableRandom r = new SplittableRandom(seed);
    String[] tasks = Corpus.hard(TfIdfVectors.PARALLEL_FROM + 1 + r.nextInt(3000), r);
    TfIdfVectors one = TfIdfVectors.of(tasks, ProgressListener.NONE, 1);
    for (int w : new int[] {2, 3, 5}) {
      TfIdfVectors many = TfIdfVectors.of(tasks, ProgressListener.NONE, w);
      String where = "seed " + seed + ", " + w + " workers";
      assertArrayEquals(one.start, many.start, where);
      assertArrayEquals(one.ent, many.ent, where); // columns and the values' bits
      assertArrayEquals(one.df, many.df, where);
      assertEquals(one.maxLength, many.maxLength, where);
      assertEquals(one.maxNorm, many.maxNorm, where);
    }
  }
}
