package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** chem chemistry --method exact-eq1 on the 256-model fixture: shape, witnesses, limits. */
class ChemistryEq1CommandTest {
  private static final String POOL = "../fixtures/data/pool-256.csv";

  @Test
  void exactEq1OnPool256HasTheSpecShapeAndFinishes() throws Exception {
    long t0 = System.nanoTime();
    CliRun r = CliRun.of("chemistry", "--method", "exact-eq1", "--data", POOL, "--json");
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(took).isLessThan(Duration.ofSeconds(60));
    JsonNode t = Json.MAPPER.readTree(r.out()).get("tasks").get(0);
    assertThat(t.get("models")).hasSize(256);
    assertThat(t.get("method").asText()).isEqualTo("exact-eq1");
    JsonNode entries = t.get("entries");
    assertThat(entries).hasSize(256 * 255 / 2);
    assertThat(t.get("evaluated_pairs").asInt()).isEqualTo(entries.size());
    String prev = "";
    for (JsonNode e : entries) {
      String a = e.get("a").asText();
      String b = e.get("b").asText();
      assertThat(a).isLessThan(b);
      assertThat(a + "|" + b).isGreaterThan(prev);
      prev = a + "|" + b;
      assertThat(e.get("chem").asDouble()).isBetween(0.0, 1.0);
      assertThat(e.has("witness")).isFalse();
    }
  }

  @Test
  void witnessesAndAutoChoice() throws Exception {
    CliRun r = CliRun.of("chemistry", "--data", POOL, "--json", "--witness", "--tau", "0.5");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode t = Json.MAPPER.readTree(r.out()).get("tasks").get(0);
    assertThat(t.get("method").asText()).isEqualTo("exact-eq1");
    for (JsonNode e : t.get("entries")) {
      assertThat(e.get("witness").isArray()).isTrue();
    }
    CliRun text = CliRun.of("chemistry", "--data", POOL, "--witness", "--top", "2");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("exact-eq1").contains("witness X = {");
  }

  @Test
  void recommendSaysItIsLimitedTo64Models() {
    CliRun r = CliRun.of("recommend", "--data", POOL);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("RECOMMEND is limited to |S| <= 64").contains("|S| = 256");
  }

  @Test
  void recommendRunsBeyondTheDenseTableThroughAuto() throws Exception {
    CliRun r = CliRun.of("recommend", "--data", "../fixtures/data/wide-64.csv", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode t = Json.MAPPER.readTree(r.out()).get("tasks").get(0);
    assertThat(t.get("chem_method").asText()).isEqualTo("exact-eq1");
    assertThat(t.get("reason").asText()).isEqualTo("local-search");
    assertThat(t.get("recommended").size()).isGreaterThan(0);
  }

  @Test
  void witnessNeedsExactEq1AndDenseNamesTheWayOut() {
    CliRun r = CliRun.of("chemistry", "--data", POOL, "--method", "dense", "--witness");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--witness needs --method exact-eq1");
    CliRun d = CliRun.of("chemistry", "--data", POOL, "--method", "dense");
    assertThat(d.code()).isEqualTo(1);
    assertThat(d.err()).contains("exact-eq1");
  }
}
