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
  /**
   * Added to N^2 in the verification's bound of the remaining norm: the double sum of at most
   * 2^20 exact squares of norm at most about 1 is off by less than 2^20 * 2^-53.
   */
  private static final double MARGIN = 0x1p-30;
  /** Entries of every candidate row summed before any is abandoned (two or three cache lines). */
  private static final int HEAD = 16;

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

  /** One thread's query and its best candidate so far; verifies the query's candidates. */
  private final class Matcher {
    final PrefixIndex.Query query = index.new Query();
    private final float[] dense = new float[v.df.length];
    private final double slack = index.slack();
    /** N^2 plus {@link #MARGIN}: bounds a row's squared norm. */
    private final double norm2 = v.maxNorm * v.maxNorm + MARGIN;
    // per candidate: its row's range, and the sum and squares of its first HEAD entries
    private int[] lo = new int[64];
    private int[] hi = new int[64];
    private float[] head = new float[64];
    private double[] squares = new double[64];
    int proto;
    float sim;
    /** What the prefetching loop read: kept so the compiler cannot drop the reads. */
    long touched;

    int load(int i) {
      return query.load(i);
    }

    /** Verifies every candidate prototype with id &gt;= {@code from} against the loaded row. */
    void search(int from) {
      int i = query.row();
      for (int k = v.start[i]; k < v.start[i + 1]; k++) {
        dense[v.col(k)] = v.val(k);
      }
      int n = query.candidates(from); // first: it may grow the array found() returns
      verify(query.found(), n);
      for (int k = v.start[i]; k < v.start[i + 1]; k++) {
        dense[v.col(k)] = 0f;
      }
    }

    /**
     * The scan's sum of each candidate j (j's entries in column order against the query),
     * abandoned as soon as what is summed plus the norm of j's remaining entries (times the
     * slack: the query's norm, float rounding) cannot reach the threshold; the survivors' sums
     * run to the end. The remaining norm is not stored: it is at most sqrt(N^2 - the squares
     * seen so far), N the largest stored norm (squares of floats are exact in double;
     * {@link #MARGIN} covers the rounding of their sum). Highest cosine wins, the earliest
     * prototype on ties (as the scan).
     *
     * <p>Candidates are random rows of a store far larger than the caches, so the work is
     * ordered for memory: first every candidate's row range, then the first {@link #HEAD}
     * entries of every row (loops whose loads do not depend on each other, so the CPU keeps
     * many cache misses in flight), then the rest of each row, most abandoned at once.
     */
    private void verify(int[] c, int n) {
      if (n > lo.length) {
        int size = Integer.highestOneBit(n) * 2;
        lo = new int[size];
        hi = new int[size];
        head = new float[size];
        squares = new double[size];
      }
      int[] start = v.start;
      for (int a = 0; a < n; a++) {
        lo[a] = start[c[a]];
        hi[a] = start[c[a] + 1];
      }
      long[] e = v.ent;
      long touched = 0;
      for (int a = 0; a < n; a++) { // loads only: every row's first lines fetched at once
        int last = hi[a] - 1; // rows are never empty
        touched ^= e[lo[a]] ^ e[Math.min(last, lo[a] + 8)] ^ e[Math.min(last, lo[a] + HEAD - 1)];
      }
      this.touched = touched;
      for (int a = 0; a < n; a++) {
        float s = 0f;
        double q = 0;
        for (int k = lo[a], end = Math.min(hi[a], lo[a] + HEAD); k < end; k++) {
          long x = e[k];
          float y = Float.intBitsToFloat((int) x);
          s += y * dense[(int) (x >>> 32)];
          q += (double) y * y;
        }
        head[a] = s;
        squares[a] = q;
      }
      for (int a = 0; a < n; a++) {
        float s = head[a];
        double q = squares[a];
        int k = lo[a] + HEAD;
        int h = hi[a];
        while (k < h && ((double) s + Math.sqrt(Math.max(0, norm2 - q))) * slack >= threshold) {
          for (int end = Math.min(h, k + 8); k < end; k++) {
            long x = e[k];
            float y = Float.intBitsToFloat((int) x);
            s += y * dense[(int) (x >>> 32)];
            q += (double) y * y;
          }
        }
        if (k >= h && (s > sim || (s == sim && c[a] < proto))) {
          sim = s;
          proto = c[a];
        }
      }
    }
  }
}
