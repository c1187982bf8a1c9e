package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The models {@link CommandModel} builds from the build's data are the models picocli builds
 * from the annotations: every attribute, the help text, and what command lines parse to.
 */
class CommandModelTest {
  /** The names of Main ("") and of every subcommand but picocli's own help command. */
  private static List<String> names() {
    List<String> all = new ArrayList<>(List.of(""));
    for (String name : Main.SUBCOMMANDS) {
      if (!(Main.subcommand(name) instanceof CommandLine.HelpCommand)) {
        all.add(name);
      }
    }
    return all;
  }

  /** A new user object of the command {@code name} ("" for Main). */
  private static Object fresh(String name) {
    return name.isEmpty() ? new Main() : Main.subcommand(name);
  }

  @Test
  void theBuildWroteTheModels() {
    assertThat(CommandModel.generatedSource()).as(CommandModel.GENERATED).isNotNull();
  }

  @Test
  void everyAttributeAndTheHelpAreTheAnnotations() {
    for (String name : names()) {
      CommandSpec annotated = CommandSpec.forAnnotatedObject(fresh(name));
      CommandSpec built = CommandModel.of(fresh(name));
      assertThat(describe(built)).as(annotated.name()).isEqualTo(describe(annotated));
      assertThat(new CommandLine(built).getUsageMessage(CommandLine.Help.Ansi.OFF))
          .as(annotated.name())
          .isEqualTo(new CommandLine(annotated).getUsageMessage(CommandLine.Help.Ansi.OFF));
    }
  }

  /**
   * Without the generated class (an IDE build that skipped Maven's step) the annotations are
   * read, and a class the generated code does not know (picocli's help command) is read from
   * its annotations too.
   */
  @Test
  void withoutGeneratedModelsTheAnnotationsAreRead() {
    CommandModel.Source generated = CommandModel.generatedSource();
    assertThat(generated.of(new RecommendCommand())).isNotNull();
    assertThat(generated.of(new CommandLine.HelpCommand())).isNull();
    CommandSpec help = CommandModel.of(new CommandLine.HelpCommand(), generated);
    assertThat(help.helpCommand()).isTrue();
    assertThat(help.name()).isEqualTo("help");
    for (String name : names()) {
      CommandSpec fallback = CommandModel.of(fresh(name), null);
      assertThat(fallback.options()).isNotEmpty();
      assertThat(fallback.options().get(0).userObject()).as(name)
          .isInstanceOf(java.lang.reflect.AccessibleObject.class); // an annotated field
      assertThat(describe(fallback)).as(name)
          .isEqualTo(describe(CommandModel.of(fresh(name), generated)));
    }
  }

  /** Command lines parse to the same field values, or fail with the same message. */
  @Test
  void commandLinesParseTheSame() {
    String d = DeterminismCases.DEMO;
    List<String[]> lines = new ArrayList<>();
    for (DeterminismCases.Case k : DeterminismCases.fixtures(java.nio.file.Path.of("u20.csv"))) {
      lines.add(k.withThreads(2));
    }
    for (DeterminismCases.Case k : DeterminismCases.real("runs.csv", "runs2.csv")) {
      lines.add(k.withThreads(1));
    }
    lines.addAll(List.of(new String[] {"recommend", "--data", d, "--strict"},
        new String[] {"profile", "--data", d, "--lenient", "--task-column", "dataset"},
        new String[] {"profile", "--data", d, "--strict", "--lenient"},
        new String[] {"recommend", "--data=" + d, "--timeout", "90s", "--bootstrap", "5"},
        new String[] {"recommend", "--data", d, "--threads", "x"},
        new String[] {"recommend", "--data", d, "--bootstrap", "-1"},
        new String[] {"recommend"}, new String[] {"chemistry", "--data", d, "--nope"},
        new String[] {"maps", "--data", d, "--group", "3,5", "--pick", "weak,strong"},
        new String[] {"eval", "--data", d, "--quality-scale", "normalised", "--json"},
        new String[] {"grade", "--data", d, "--help"}, new String[] {"--version"},
        new String[] {"watch", "--data", d, "--every", "2s"}));
    for (String[] args : lines) {
      assertThat(parse(args, true)).as(String.join(" ", args)).isEqualTo(parse(args, false));
    }
  }

  /** The field values after parsing {@code args} (or the failure), with either model. */
  private static String parse(String[] args, boolean annotated) {
    Object root = new Main();
    CommandLine cl = new CommandLine(annotated ? root : CommandModel.of(root));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.nio.file.Path.class, new Counts.FileName());
    Object sub = args.length > 0 ? Main.subcommand(args[0]) : null;
    if (sub != null) {
      cl.addSubcommand(args[0], annotated ? sub : CommandModel.of(sub));
    }
    try {
      CommandLine.ParseResult r = cl.parseArgs(args);
      return "help " + r.isUsageHelpRequested() + r.isVersionHelpRequested()
          + (r.hasSubcommand() && r.subcommand().isUsageHelpRequested()) + " " + fields(sub);
    } catch (CommandLine.ParameterException e) {
      return "error " + e.getMessage();
    }
  }

  /** The option fields of {@code o} and of its mixins and groups, recursively. */
  private static String fields(Object o) {
    if (o == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('{');
    for (Field f : o.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || f.getType() == CommandSpec.class
          || f.getType().getName().contains("Atomic")) {
        continue;
      }
      Object v = value(f, o);
      if (v instanceof RunControl c) { // --timeout goes there through a setter method
        v = "timeout " + value(field(RunControl.class, "timeout"), c);
      }
      boolean ours = v != null && v.getClass().getName().startsWith("dev.llmchem.cli.")
          && !v.getClass().isEnum();
      b.append(f.getName()).append('=').append(ours ? fields(v) : String.valueOf(v)).append(' ');
    }
    return b.append('}').toString();
  }

  private static Field field(Class<?> c, String name) {
    try {
      return c.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static Object value(Field f, Object o) {
    try {
      f.setAccessible(true);
      return f.get(o);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Every attribute of {@code spec} that the model carries, its mixins' recursively. */
  private static String describe(CommandSpec spec) {
    StringBuilder b = new StringBuilder();
    b.append("name=").append(spec.name()).append(" standardHelp=")
        .append(spec.mixinStandardHelpOptions()).append(" version=")
        .append(spec.versionProvider() == null ? null : spec.versionProvider().getClass())
        .append(" description=").append(Arrays.toString(spec.usageMessage().description()))
        .append(" footer=").append(Arrays.toString(spec.usageMessage().footer())).append('\n');
    for (OptionSpec o : spec.options()) {
      b.append(option(o)).append('\n');
    }
    for (ArgGroupSpec g : spec.argGroups()) {
      b.append("group exclusive=").append(g.exclusive()).append(" multiplicity=")
          .append(g.multiplicity()).append(" validate=").append(g.validate()).append(" order=")
          .append(g.order()).append(" heading=").append(g.heading()).append(" args=")
          .append(g.args().stream().map(OptionSpec.class::cast).map(OptionSpec::longestName)
              .collect(Collectors.toList())).append('\n');
    }
    for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
      b.append("mixin ").append(m.getKey()).append(": ").append(describe(m.getValue()));
    }
    return b.toString();
  }

  private static String option(OptionSpec o) {
    return String.join(" | ", Arrays.toString(o.names()), "arity=" + o.arity()
            + (o.arity().isUnspecified() ? "?" : ""), "type=" + o.type(),
        "aux=" + Arrays.toString(o.auxiliaryTypes()), "default=" + o.defaultValue(),
        "initial=" + o.initialValue() + "/" + o.hasInitialValue(), "required=" + o.required(),
        "split=" + o.splitRegex(), "label=" + o.paramLabel(),
        "description=" + Arrays.toString(o.description()), "key=" + o.descriptionKey(),
        "converters=" + Arrays.stream(o.converters()).map(c -> c.getClass().getName())
            .collect(Collectors.toList()), "hidden=" + o.hidden(), "negatable=" + o.negatable(),
        "fallback=" + o.fallbackValue(), "order=" + o.order(), "show=" + o.showDefaultValue(),
        "hideSyntax=" + o.hideParamSyntax(), "usageHelp=" + o.usageHelp(),
        "versionHelp=" + o.versionHelp(), "interactive=" + o.interactive(),
        "candidates=" + (o.completionCandidates() == null ? null
            : StreamSupport.stream(o.completionCandidates().spliterator(), false)
                .collect(Collectors.toList())), "group=" + (o.group() != null),
        "scope=" + o.scopeType(), "inherited=" + o.inherited(), "toString=" + o);
  }
}
