package dev.llmchem.engine.interaction;

import static dev.llmchem.engine.interaction.InteractionDifferentialTest.assertClose;
import static dev.llmchem.engine.interaction.InteractionDifferentialTest.maxAbs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.cheme.CostTables;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Permutations;
import dev.llmchem.engine.testutil.Seeds;
import dev.llmchem.engine.testutil.Stopper;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Known answers of both indices, for every method: additive games give 0, unanimity games
 * u_T give 1/(|T|-1) (Shapley) and 1/2^(|T|-2) (Banzhaf) inside T and 0 elsewhere, weights
 * sum to 1; and the axioms the definition implies: relabelling players relabels the matrix,
 * linearity, constants and null players change nothing.
 */
class InteractionClosedFormTest {
  private static final List<BiFunction<double[], InteractionIndex, double[]>> METHODS = List.of(
      NaiveInteraction::compute, DenseInteraction::sequential, MoebiusInteraction::compute,
      (v, i) -> DenseInteraction.compute(v, i, null, ProgressListener.NONE, 2));

  @Test
  void contextWeightsSumToOne() {
    for (InteractionIndex index : InteractionIndex.values()) {
      for (int n = 2; n <= 30; n++) {
        double total = 0;
        for (int k = 0; k <= n - 2; k++) {
          total += binomial(n - 2, k) * index.contextWeight(n, k);
        }
        assertThat(total).as(index + " n=" + n).isCloseTo(1.0,
            org.assertj.core.api.Assertions.within(1e-12));
      }
    }
    assertThat(InteractionIndex.SHAPLEY.contextWeight(5, 1)).isEqualTo(1.0 / 12); // 1!2!/4!
    assertThat(InteractionIndex.BANZHAF.contextWeight(5, 1)).isEqualTo(0.125);
    assertThat(InteractionIndex.parse(" Shapley ")).isEqualTo(InteractionIndex.SHAPLEY);
    assertThatThrownBy(() -> InteractionIndex.parse("cheme"))
        .hasMessageContaining("shapley or banzhaf");
  }

  @Test
  void additiveGamesHaveNoInteraction() {
    Random r = new Random(Seeds.seed("additiveGamesHaveNoInteraction"));
    for (int n = 0; n <= 12; n++) {
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = r.nextDouble() * 2 - 1;
      }
      double c = r.nextDouble() * 10;
      double[] v = new double[1 << n];
      for (int x = 0; x < v.length; x++) {
        v[x] = c;
        for (int i = 0; i < n; i++) {
          v[x] += (x >>> i & 1) * a[i];
        }
      }
      for (InteractionIndex index : InteractionIndex.values()) {
        for (var m : METHODS) {
          assertClose(m.apply(v, index), new double[n * n], maxAbs(v), 1e-13, "n=" + n);
        }
      }
    }
  }

  @Test
  void unanimityGames() {
    Random r = new Random(Seeds.seed("unanimityGames"));
    for (int n = 2; n <= 12; n++) {
      for (int rep = 0; rep < 4; rep++) {
        int t;
        do {
          t = r.nextInt(1 << n);
        } while (Integer.bitCount(t) < 2);
        double[] v = new double[1 << n];
        for (int x = 0; x < v.length; x++) {
          v[x] = (x & t) == t ? 1.0 : 0.0;
        }
        int size = Integer.bitCount(t);
        for (InteractionIndex index : InteractionIndex.values()) {
          double inside = index == InteractionIndex.SHAPLEY ? 1.0 / (size - 1)
              : Math.pow(2, -(size - 2));
          double[] want = new double[n * n];
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              boolean in = i != j && (t >>> i & 1) != 0 && (t >>> j & 1) != 0;
              want[i * n + j] = in ? inside : 0.0;
            }
          }
          for (var m : METHODS) {
            assertClose(m.apply(v, index), want, 1.0, 1e-12, index + " n=" + n + " T=" + t);
          }
        }
      }
    }
  }

  @Test
  void relabellingLinearityConstantsAndNullPlayers() {
    Random r = new Random(Seeds.seed("relabellingLinearityConstantsAndNullPlayers"));
    for (int n = 2; n <= 10; n++) {
      double[] v = CostTables.positive(n, r);
      double[] u = CostTables.eq1(n, r, 0.2);
      int[] perm = Permutations.random(n, r);
      double[] pv = new double[v.length];
      for (int x = 0; x < v.length; x++) {
        pv[apply(perm, x)] = v[x];
      }
      double[] mix = new double[v.length];
      double[] withNull = new double[v.length * 2]; // player n does nothing
      for (int x = 0; x < v.length; x++) {
        mix[x] = 3 * v[x] - 0.5 * u[x] + 7;
        withNull[x] = v[x];
        withNull[x | v.length] = v[x];
      }
      for (InteractionIndex index : InteractionIndex.values()) {
        double[] iv = DenseInteraction.sequential(v, index);
        double[] iu = DenseInteraction.sequential(u, index);
        double[] ip = DenseInteraction.sequential(pv, index);
        double[] im = DenseInteraction.sequential(mix, index);
        double[] in = DenseInteraction.sequential(withNull, index);
        double[] wantP = new double[n * n];
        double[] wantM = new double[n * n];
        double[] wantN = new double[(n + 1) * (n + 1)];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            assertThat(iv[i * n + j]).isEqualTo(iv[j * n + i]);
            wantP[perm[i] * n + perm[j]] = iv[i * n + j];
            wantM[i * n + j] = 3 * iv[i * n + j] - 0.5 * iu[i * n + j];
            wantN[i * (n + 1) + j] = iv[i * n + j];
          }
        }
        assertClose(ip, wantP, 1, 1e-13, index + " relabelled n=" + n);
        assertClose(im, wantM, 10, 1e-13, index + " linear n=" + n);
        assertClose(in, wantN, 1, 1e-13, index + " null player n=" + n);
      }
    }
  }

  @Test
  void cancellationStopsTheKernelAndNothingEscapes() {
    double[] v = CostTables.positive(20, new Random(3)); // 16 chunks: polled 16 times
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      Stopper stop = new Stopper(3);
      assertThatThrownBy(() -> DenseInteraction.parallel(v, InteractionIndex.SHAPLEY, pool, stop))
          .isInstanceOf(CancelledException.class).hasMessageContaining("shapley");
      assertThat(stop.polls.get()).isLessThan(10);
      double[] small = CostTables.positive(12, new Random(4));
      assertThatThrownBy(() -> NaiveInteraction.compute(small, InteractionIndex.BANZHAF,
          new Stopper(2))).isInstanceOf(CancelledException.class);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void badTablesAreRefused() {
    assertThatThrownBy(() -> DenseInteraction.sequential(new double[3], InteractionIndex.SHAPLEY))
        .hasMessageContaining("2^n cells");
    assertThat(DenseInteraction.sequential(new double[2], InteractionIndex.SHAPLEY)).hasSize(1);
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int t = 1; t <= k; t++) {
      c = c * (n - k + t) / t;
    }
    return c;
  }

  private static int apply(int[] perm, int x) {
    int y = 0;
    for (int i = 0; x >>> i != 0; i++) {
      y |= (x >>> i & 1) << perm[i];
    }
    return y;
  }
}
