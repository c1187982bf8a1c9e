package dev.llmchem.benchmarks.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TF-IDF greedy clustering of SPEC section 2 written the obvious way: one boxed map per
 * task vector, the full cosine against every prototype. The arithmetic (float32, summation in
 * term-id order, first-appearance term ids) is the engine's, so the answers are identical and
 * the benchmark measures data structures only.
 */
public final class NaiveClustering {
  private NaiveClustering() { }

  /** For each task, the index of its prototype (a prototype maps to itself). */
  public static int[] cluster(String[] tasks, double threshold) {
    Map<String, Integer> termId = new HashMap<>();
    Map<Integer, Integer> df = new HashMap<>();
    List<Map<Integer, Integer>> counts = new ArrayList<>();
    for (String t : tasks) {
      Map<Integer, Integer> c = new LinkedHashMap<>();
      for (String tok : t.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
        if (tok.isEmpty()) {
          continue;
        }
        Integer id = termId.computeIfAbsent(tok, k -> termId.size());
        if (c.merge(id, 1, Integer::sum) == 1) {
          df.merge(id, 1, Integer::sum);
        }
      }
      counts.add(c);
    }
    List<Map<Integer, Float>> vec = new ArrayList<>();
    for (Map<Integer, Integer> c : counts) {
      Map<Integer, Float> v = new LinkedHashMap<>();
      float sq = 0f;
      for (Map.Entry<Integer, Integer> e : c.entrySet()) {
        float idf = (float) Math.log((float) tasks.length / (1f + df.get(e.getKey())));
        float x = e.getValue() * idf;
        v.put(e.getKey(), x);
        sq += x * x;
      }
      float norm = (float) Math.sqrt(sq);
      float by = norm == 0f ? 1f : norm;
      Map<Integer, Float> sorted = new TreeMap<>();
      v.forEach((k, x) -> sorted.put(k, x / by));
      vec.add(sorted);
    }
    int[] proto = new int[tasks.length];
    List<Integer> protos = new ArrayList<>();
    for (int i = 0; i < tasks.length; i++) {
      int best = -1;
      float bestSim = Float.NEGATIVE_INFINITY;
      for (int j : protos) {
        float s = 0f;
        for (Map.Entry<Integer, Float> e : vec.get(j).entrySet()) {
          s += e.getValue() * vec.get(i).getOrDefault(e.getKey(), 0f);
        }
        if (s > bestSim) {
          bestSim = s;
          best = j;
        }
      }
      if (best >= 0 && (double) bestSim >= threshold) {
        proto[i] = best;
      } else {
        proto[i] = i;
        protos.add(i);
      }
    }
    return proto;
  }
}
