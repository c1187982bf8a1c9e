package dev.llmchem.engine.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmchem.engine.control.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed clustering against its naive twin, the scan: identical prototypes on random
 * corpora built to be hard (near-duplicate wordings, thresholds set to a cosine that occurs,
 * repeated words, empty and one-word strings, words in every string so IDF <= 0).
 */
class TaskClusteringTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void sameClustersAsTheScanOnHardCorpora(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 50 + r.nextInt(seed <= 2 ? 4000 : 600);
    String[] tasks = Corpus.hard(n, r);
    List<Double> thresholds = new ArrayList<>(List.of(0.85, 0.5, 0.95, 0.999, 1.0, 0.01, 0.0));
    TfIdfVectors v = TfIdfVectors.of(tasks, ProgressListener.NONE);
    for (int k = 0; k < 6; k++) { // a cosine that occurs, and its neighbours
      float c = cosine(v, r.nextInt(n), r.nextInt(n));
      if (c > 0) {
        thresholds.add((double) c);
        thresholds.add(Math.nextUp((double) c));
        thresholds.add(Math.nextDown((double) c));
      }
    }
    for (double t : thresholds) {
      int[] expected = ScanClustering.cluster(tasks, t);
      int[] actual = TaskClustering.cluster(tasks, t);
      assertArrayEquals(expected, actual, "seed " + seed + ", n " + n + ", threshold " + t);
      // in blocks: earlier prototypes looked up in parallel, the block's own after
      int[][] shapes = {{2, 64}, {3, 37}, {1, 100}, {2, 1}};
      for (int[] sh : shapes) {
        assertArrayEquals(expected, TaskClustering.cluster(tasks, t, ProgressListener.NONE,
            sh[0], sh[1]), "seed " + seed + ", n " + n + ", threshold " + t + ", workers "
            + sh[0] + ", block " + sh[1]);
      }
    }
  }

  @Test
  void sameClustersAsTheScanOnTwentyThousandStrings() {
    long seed = System.nanoTime();
    System.out.println("TaskClusteringTest seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    String[] tasks = Corpus.hard(20_000, r);
    int[] expected = ScanClustering.cluster(tasks, TaskClustering.DEFAULT_THRESHOLD);
    int[] actual = TaskClustering.cluster(tasks, TaskClustering.DEFAULT_THRESHOLD,
        ProgressListener.NONE, 2); // 20,000 >= GreedyPass.PARALLEL_FROM: blocks, 2 workers
    assertArrayEquals(expected, actual, "seed " + seed);
    assertArrayEquals(expected, TaskClustering.cluster(tasks, TaskClustering.DEFAULT_THRESHOLD,
        ProgressListener.NONE, 1), "seed " + seed + ", sequential");
    long merged = java.util.stream.IntStream.range(0, tasks.length)
        .filter(i -> actual[i] != i).count();
    assertTrue(merged > 1000 && merged < 19_000, "a corpus with real work: " + merged);
  }

  @Test
  void edgeCases() {
    String[][] corpora = {
      {},
      {""},
      {"", " ", "\t"},
      {"a", "a a", "A", "b", "a b"},
      {"same words", "same words", "words same"},
      {"x y z", "x y", "x", "y z x"},
    };
    for (String[] c : corpora) {
      for (double t : new double[] {0.85, 1.0, 0.0, -1.0, 0.3}) {
        assertArrayEquals(ScanClustering.cluster(c, t), TaskClustering.cluster(c, t),
            String.join("|", c) + " at " + t);
      }
    }
  }

  @Test
  void belowZeroThresholdMergesEverythingIntoTheFirst() {
    int[] p = TaskClustering.cluster(new String[] {"a", "b", "c d"}, 0.0);
    assertArrayEquals(new int[] {0, 0, 0}, p);
  }

  @Test
  void rewordingsMergeAndDistinctPromptsDoNot() {
    List<String> tasks = new ArrayList<>(List.of(
        "fix the buggy program in the repository",
        "write a poem about the sea",
        "fix the buggy program in the repository please",
        "write a poem about the sea today",
        "translate the sentence into french"));
    for (int i = 0; i < 40; i++) { // unrelated prompts: IDF rises for the shared words above
      tasks.add("unrelated prompt number q" + i);
    }
    String[] t = tasks.toArray(new String[0]);
    int[] p = TaskClustering.cluster(t, TaskClustering.DEFAULT_THRESHOLD);
    assertArrayEquals(ScanClustering.cluster(t, TaskClustering.DEFAULT_THRESHOLD), p);
    assertArrayEquals(new int[] {0, 1, 0, 1, 4}, java.util.Arrays.copyOf(p, 5));
  }

  /** The scan's float cosine of rows a and b. */
  private static float cosine(TfIdfVectors v, int a, int b) {
    float[] dense = new float[v.df.length];
    for (int k = v.start[a]; k < v.start[a + 1]; k++) {
      dense[v.col(k)] = v.val(k);
    }
    float s = 0f;
    for (int k = v.start[b]; k < v.start[b + 1]; k++) {
      s += v.val(k) * dense[v.col(k)];
    }
    return s;
  }
}
