package dev.llmchem.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.LiveAnalysis;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.recommend.Recommendation;
import java.util.List;

/** The live contract: a snapshot answers as a full rebuild from all rows so far, bit for bit. */
final class LiveChecks {
  private LiveChecks() { }

  /**
   * Asserts that {@code snap} equals {@code rebuilt} followed by CHEME (AUTO) and RECOMMEND
   * under {@code ro}: clusters, S, every profile (source lines when {@code lines}), the CHEME
   * matrix, its method and kernel, and the recommendation. {@code where} names the step.
   */
  static void assertMatches(LiveAnalysis.Snapshot snap, Analysis rebuilt, RecommendOptions ro,
      boolean lines, String where) {
    assertThat(snap.taskIndex().prototypes()).as(where + ": prototypes")
        .isEqualTo(rebuilt.taskIndex().prototypes());
    assertThat(snap.models()).as(where + ": S").isEqualTo(rebuilt.models());
    List<TaskAnalysis> tasks = rebuilt.tasks();
    assertThat(snap.tasks()).hasSameSizeAs(tasks);
    for (int k = 0; k < tasks.size(); k++) {
      TaskAnalysis want = tasks.get(k);
      LiveAnalysis.Task got = snap.tasks().get(k);
      String at = where + ", task " + k + " '" + want.prototype() + "'";
      assertThat(snap.taskIndex().members(k)).as(at + ": members")
          .isEqualTo(rebuilt.taskIndex().members(k));
      profiles(got.analysis().profiles(), want.profiles(), lines, at);
      Chemistry wc = want.chemistry();
      Chemistry gc = got.chemistry();
      assertThat(gc.matrix()).as(at + ": CHEME matrix").isEqualTo(wc.matrix());
      assertThat(gc.method()).as(at + ": method").isEqualTo(wc.method());
      assertThat(gc.kernel()).as(at + ": kernel").isEqualTo(wc.kernel());
      assertThat(gc.whyNoEntries()).as(at + ": why no entries").isEqualTo(wc.whyNoEntries());
      Recommendation wr;
      try {
        wr = wc.recommend(ro);
      } catch (RuntimeException e) {
        assertThat(got.recommended()).as(at + ": refused").isFalse();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(got::recommendation))
            .as(at + ": refusal").hasMessage(e.getMessage()).isInstanceOf(e.getClass());
        continue;
      }
      Recommendation gr = got.recommendation();
      assertThat(gr).as(at + ": recommendation").isEqualTo(wr);
      assertThat(gc.names(gr)).as(at + ": recommended names").isEqualTo(wc.names(wr));
    }
  }

  static void profiles(TaskProfiles got, TaskProfiles want, boolean lines, String at) {
    assertThat(got.prototype()).as(at + ": prototype").isEqualTo(want.prototype());
    assertThat(got.taskStrings()).as(at + ": strings").isEqualTo(want.taskStrings());
    assertThat(got.names()).as(at + ": names").isEqualTo(want.names());
    for (int i = 0; i < want.universeSize(); i++) {
      String m = at + ", model " + want.name(i);
      assertThat(got.has(i)).as(m + ": has").isEqualTo(want.has(i));
      assertThat(Double.doubleToLongBits(got.q(i))).as(m + ": q " + got.q(i) + " vs "
          + want.q(i)).isEqualTo(Double.doubleToLongBits(want.q(i)));
      assertThat(Double.doubleToLongBits(got.a(i))).as(m + ": a " + got.a(i) + " vs "
          + want.a(i)).isEqualTo(Double.doubleToLongBits(want.a(i)));
      assertThat(got.trial(i)).as(m + ": trial").isEqualTo(want.trial(i));
      if (lines) {
        assertThat(got.line(i)).as(m + ": line").isEqualTo(want.line(i));
      }
    }
  }
}
