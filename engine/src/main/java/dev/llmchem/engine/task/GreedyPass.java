package dev.llmchem.engine.task;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The greedy pass of {@link TaskClustering} over a {@link PrefixIndex}, in blocks of strings.
 * String i's prototype is the best (highest cosine, then earliest) prototype among those
 * before it that reaches the threshold; the prototypes before a block are known when the block
 * starts, so the look-ups among them run in parallel (phase 1, the index only read); then, in
 * string order on the calling thread (phase 2), each string looks only at the prototypes its
 * own block created before it (the tails of the posting lists), keeps the better of the two
 * answers (on equal cosines the earlier prototype, which is phase 1's), and becomes a
 * prototype when neither reaches the threshold. The answer is the sequential pass's for any
 * worker count: the best over a set is the better of the bests over two parts of it.
 */
final class GreedyPass {
  /** Strings per block: phase 2 of a block costs about its prototypes per look-up. */
  static final int BLOCK = 4096;
  /** Below this many strings the pass runs sequentially (phase 2 alone, from string 0). */
  static final int PARALLEL_FROM = 2 * BLOCK;
  private static final int CHUNK = 64;

  private final TfIdfVectors v;
  private final PrefixIndex index;
  private final double threshold;
  private final int workers;
  private final int block;

  /** {@code workers} threads in blocks of {@link #BLOCK}; sequential below {@link #PARALLEL_FROM}. */
  GreedyPass(TfIdfVectors v, double threshold, int workers) {
    this(v, threshold, v.docs >= PARALLEL_FROM ? Math.max(1, workers) : 1,
        v.docs >= PARALLEL_FROM && workers > 1 ? BLOCK : Math.max(1, v.docs));
  }

  /** Blocks of {@code block} strings (the whole input: the sequential pass), for tests. */
  GreedyPass(TfIdfVectors v, double threshold, int workers, int block) {
    this.v = v;
    this.index = new PrefixIndex(v, threshold);
    this.threshold = threshold;
    this.workers = workers;
    this.block = block;
  }

  /** Each string's prototype (a prototype maps to itself). */
  int[] run(ProgressListener progress, String what) {
    int n = v.docs;
    int[] proto = new int[n];
    Matcher[] m = new Matcher[workers];
    for (int w = 0; w < workers; w++) {
      m[w] = new Matcher();
    }
    boolean blocked = block < n;
    int[] best = new int[Math.min(block, n)];
    float[] sim = new float[best.length];
    boolean report = n >= 4096;
    for (int b = 0; b < n; b += block) {
      int e = Math.min(n, b + block);
      if (blocked) {
        lookUpEarlier(m, b, e, best, sim, progress, what);
      }
      for (int i = b; i < e; i++) {
        if ((i & 0xFF) == 0xFF) {
          if (progress.cancelled()) {
            throw new CancelledException(what, 0.5 + 0.5 * i / n);
          }
          if (report) {
            progress.advance(256);
          }
        }
        Matcher x = m[0];
        boolean earlier = blocked;
        x.proto = earlier ? best[i - b] : -1;
        x.sim = earlier ? sim[i - b] : Float.NEGATIVE_INFINITY;
        if (x.load(i) > 0) {
          x.search(earlier ? b : 0);
        }
        if (x.proto >= 0 && (double) x.sim >= threshold) {
          proto[i] = x.proto;
        } else {
          index.add(x.query);
          proto[i] = i;
        }
      }
    }
    return proto;
  }

  /** Phase 1: the best prototype before {@code b} of each string in [b, e), in parallel. */
  private void lookUpEarlier(Matcher[] m, int b, int e, int[] best, float[] sim,
      ProgressListener progress, String what) {
    AtomicInteger next = new AtomicInteger(b);
    boolean cancelled = Workers.run(workers, ForkJoinPool.commonPool(), progress, (w, stop) -> {
      Matcher x = m[w];
      while (!stop.poll()) {
        int c = next.getAndAdd(CHUNK);
        if (c >= e) {
          return;
        }
        for (int i = c, end = Math.min(e, c + CHUNK); i < end; i++) {
          x.proto = -1;
          x.sim = Float.NEGATIVE_INFINITY;
          if (x.load(i) > 0) {
            x.search(0);
          }
          best[i - b] = x.proto;
          sim[i - b] = x.sim;
        }
      }
    });
    if (cancelled) {
      throw new CancelledException(what, 0.5 + 0.5 * b / v.docs);
    }
  }

  /** One thread's query and its best candidate so far; as a sink, verifies candidates. */
  private final class Matcher implements PrefixIndex.Sink {
    final PrefixIndex.Query query = index.new Query();
    private final float[] dense = new float[v.df.length];
    private final double slack = index.slack();
    int proto;
    float sim;

    int load(int i) {
      return query.load(i);
    }

    /** Verifies every candidate prototype with id &gt;= {@code from} against the loaded row. */
    void search(int from) {
      int i = query.row();
      for (int k = v.start[i]; k < v.start[i + 1]; k++) {
        dense[v.col[k]] = v.val[k];
      }
      query.candidates(from, this);
      for (int k = v.start[i]; k < v.start[i + 1]; k++) {
        dense[v.col[k]] = 0f;
      }
    }

    /**
     * The scan's sum (j's entries in column order against the query), abandoned as soon as
     * what is summed plus the norm of j's remaining entries (times the slack: the query's
     * norm, float rounding) cannot reach the threshold; the survivors' sums run to the end.
     * Highest cosine wins, the earliest prototype on ties (as the scan).
     */
    @Override
    public void accept(int j) {
      float s = 0f;
      for (int k = v.start[j], e = v.start[j + 1]; k < e; k++) {
        s += v.val[k] * dense[v.col[k]];
        if ((k & 7) == 7 && ((double) s + v.rest[k]) * slack < threshold) {
          return;
        }
      }
      if (s > sim || (s == sim && j < proto)) {
        sim = s;
        proto = j;
      }
    }
  }
}
