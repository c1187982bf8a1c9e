package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Main builds only the subcommand a run names; the listing and its names stay as declared. */
class SubcommandsTest {
  @Test
  void eachNameIsTheNameItsCommandDeclares() {
    for (String name : Main.SUBCOMMANDS) {
      assertThat(new CommandLine(Main.subcommand(name)).getCommandName()).as(name)
          .isEqualTo(name);
    }
    assertThat(Main.subcommand("recomend")).isNull();
  }

  @Test
  void aRunBuildsOnlyTheSubcommandItNames() {
    assertThat(Main.commandLine("recommend", "--data", "x.csv").getSubcommands())
        .containsOnlyKeys("recommend");
    assertThat(Main.commandLine("--help").getSubcommands().keySet())
        .containsExactlyElementsOf(Main.SUBCOMMANDS);
    assertThat(Main.commandLine("help", "recommend").getSubcommands().keySet())
        .containsExactlyElementsOf(Main.SUBCOMMANDS);
    assertThat(Main.commandLine("recomend").getSubcommands().keySet())
        .containsExactlyElementsOf(Main.SUBCOMMANDS);
    assertThat(Main.commandLine("--version").getSubcommands()).isEmpty();
    assertThat(Main.commandLine("-V").getSubcommands()).isEmpty();
    assertThat(Main.commandLine("--version", "x").getSubcommands().keySet())
        .containsExactlyElementsOf(Main.SUBCOMMANDS); // picocli's error needs them
  }

  @Test
  void helpListsEverySubcommandAndATypoIsRefused() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Main.execute(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err)))
        .isZero();
    for (String name : Main.SUBCOMMANDS) {
      assertThat(out.toString()).containsPattern("(?m)^\\s+" + name + "\\s");
    }
    StringWriter err2 = new StringWriter();
    int code = Main.execute(new String[] {"recomend"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err2));
    assertThat(code).isEqualTo(1);
    assertThat(err2.toString()).startsWith("chem: Unmatched argument at index 0: 'recomend'");
  }
}
