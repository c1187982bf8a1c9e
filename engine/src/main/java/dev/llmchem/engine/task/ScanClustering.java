package dev.llmchem.engine.task;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import it.unimi.dsi.fastutil.objects.Object2IntLinkedOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The naive twin of {@link TaskClustering}: the definition (SPEC section 2) written as a scan,
 * every task against every prototype so far, in float32 arithmetic as the reference (torch)
 * computes it. Kept as the oracle of the differential tests and the baseline of the JMH
 * suite; cost O(N * P * nnz) for N tasks and P prototypes (96 s for 10^5 distinct strings).
 *
 * <p>Tokens: lower-case, split on whitespace. TF = raw count; IDF(t) = ln(N / (1 + df(t)))
 * (may be negative); vectors TF*IDF, L2-normalised (zero stays zero). Tasks in order: join
 * the prototype of highest cosine if it is >= threshold (ties: earliest prototype), else
 * become a prototype. Stateless.
 */
public final class ScanClustering {
  private ScanClustering() { }

  /**
   * Clusters distinct task strings given in first-appearance order.
   *
   * @return for each task, the index of its prototype task (a prototype maps to itself)
   */
  public static int[] cluster(String[] tasks, double threshold) {
    return cluster(tasks, threshold, ProgressListener.NONE);
  }

  /**
   * As above, polling {@code progress.cancelled()} once per 256 tasks of the greedy pass (it
   * costs O(N P) for N tasks and P prototypes: minutes when 10^5 task strings are distinct).
   *
   * @throws CancelledException when cancelled
   */
  public static int[] cluster(String[] tasks, double threshold, ProgressListener progress) {
    int n = tasks.length;
    int[] proto = new int[n];
    if (n == 0) {
      return proto;
    }
    Object2IntOpenHashMap<String> vocab = new Object2IntOpenHashMap<>();
    vocab.defaultReturnValue(-1);
    int[][] cols = new int[n][];
    float[][] tf = new float[n][];
    List<Integer> dfList = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      Object2IntLinkedOpenHashMap<String> counts = new Object2IntLinkedOpenHashMap<>();
      for (String tok : tokenize(tasks[d])) {
        counts.addTo(tok, 1);
      }
      cols[d] = new int[counts.size()];
      tf[d] = new float[counts.size()];
      int k = 0;
      for (var e : counts.object2IntEntrySet()) {
        int id = vocab.getInt(e.getKey());
        if (id < 0) {
          id = vocab.size();
          vocab.put(e.getKey(), id);
          dfList.add(0);
        }
        dfList.set(id, dfList.get(id) + 1);
        cols[d][k] = id;
        tf[d][k] = e.getIntValue();
        k++;
      }
    }
    float[] idf = new float[vocab.size()];
    float nDocs = n;
    for (int t = 0; t < idf.length; t++) {
      float ratio = nDocs / (1f + dfList.get(t));
      idf[t] = (float) Math.log(ratio);
    }
    float[][] vec = new float[n][];
    for (int d = 0; d < n; d++) {
      vec[d] = normalise(tf[d], cols[d], idf);
      sortByColumn(cols[d], vec[d]);
    }
    float[] dense = new float[idf.length];
    int[] protos = new int[n];
    int np = 0;
    for (int i = 0; i < n; i++) {
      if ((i & 0xFF) == 0xFF && progress.cancelled()) {
        throw new CancelledException("clustering " + n + " task strings", (double) i / n);
      }
      int best = -1;
      float bestSim = Float.NEGATIVE_INFINITY;
      if (np > 0) {
        for (int k = 0; k < cols[i].length; k++) {
          dense[cols[i][k]] = vec[i][k];
        }
        for (int p = 0; p < np; p++) {
          int j = protos[p];
          float s = 0f;
          for (int k = 0; k < cols[j].length; k++) {
            s += vec[j][k] * dense[cols[j][k]];
          }
          if (s > bestSim) {
            bestSim = s;
            best = j;
          }
        }
        for (int k = 0; k < cols[i].length; k++) {
          dense[cols[i][k]] = 0f;
        }
      }
      if (best >= 0 && (double) bestSim >= threshold) {
        proto[i] = best;
      } else {
        proto[i] = i;
        protos[np++] = i;
      }
    }
    return proto;
  }

  private static float[] normalise(float[] tf, int[] col, float[] idf) {
    float[] v = new float[tf.length];
    float sq = 0f;
    for (int k = 0; k < tf.length; k++) {
      v[k] = tf[k] * idf[col[k]];
      sq += v[k] * v[k];
    }
    float norm = (float) Math.sqrt(sq);
    if (norm == 0f) {
      norm = 1f;
    }
    for (int k = 0; k < v.length; k++) {
      v[k] = v[k] / norm;
    }
    return v;
  }

  private static void sortByColumn(int[] col, float[] val) {
    Integer[] order = new Integer[col.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(col[x], col[y]));
    int[] c2 = col.clone();
    float[] v2 = val.clone();
    for (int i = 0; i < order.length; i++) {
      col[i] = c2[order[i]];
      val[i] = v2[order[i]];
    }
  }

  /** Lower-cases and splits on runs of whitespace (Python's {@code str.lower().split()}). */
  static List<String> tokenize(String text) {
    return TfIdf.tokens(text);
  }
}
