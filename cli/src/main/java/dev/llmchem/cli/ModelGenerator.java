package dev.llmchem.cli;

import java.io.IOException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Build step (Maven's {@code process-classes} phase): reads the annotations of {@code chem}'s
 * commands as picocli reads them and writes {@code GeneratedModels.java}, which builds the
 * same models with picocli's programmatic API ({@link ModelSource}; {@link CommandModel} loads
 * it). Refuses what it cannot carry (positional parameters, unmatched arguments, parent
 * commands, a mixin's spec target, interactive options): extend {@link ModelRecords} first.
 * Usage: {@code ModelGenerator GENERATED_SOURCES_DIR}.
 */
public final class ModelGenerator {
  private static final String HELP_KEY = "mixinStandardHelpOptions";

  private ModelGenerator() { }

  public static void main(String[] args) throws IOException {
    List<ModelRecords.Body> bodies = new ArrayList<>();
    List<Object> commands = new ArrayList<>();
    commands.add(new Main());
    for (String name : Main.SUBCOMMANDS) {
      Object c = Main.subcommand(name);
      if (c.getClass().getName().startsWith("dev.llmchem.")) {
        commands.add(c);
      }
    }
    for (Object c : commands) {
      bodies.add(body(CommandSpec.forAnnotatedObject(c), c.getClass(), c.getClass()));
    }
    Path out = Path.of(args[0], "dev", "llmchem", "cli", "GeneratedModels.java");
    Files.createDirectories(out.getParent());
    Files.writeString(out, ModelSource.java(bodies));
  }

  /** The body of {@code spec}, read from {@code cls}, built on a {@code type} object. */
  static ModelRecords.Body body(CommandSpec spec, Class<?> cls, Class<?> type) {
    List<ModelRecords.Member> members = new ArrayList<>();
    for (Field f : cls.getDeclaredFields()) {
      member(spec, f, members);
    }
    for (Method m : cls.getDeclaredMethods()) {
      member(spec, m, members);
    }
    CommandSpec help = spec.mixins().get(HELP_KEY);
    if (help != null) { // picocli adds them last
      members.add(new ModelRecords.Mix(null, HELP_KEY, body(help, help.userObject().getClass(),
          CommandModel.StandardHelp.class)));
    }
    CommandLine.IVersionProvider v = spec.versionProvider();
    return new ModelRecords.Body(type, spec.name(), v == null ? null : v.getClass(),
        spec.usageMessage().description(), spec.usageMessage().footer(), members);
  }

  private static void member(CommandSpec spec, AccessibleObject m, List<ModelRecords.Member> out) {
    String name = ((Member) m).getName();
    if (m.isAnnotationPresent(CommandLine.Parameters.class)
        || m.isAnnotationPresent(CommandLine.Unmatched.class)
        || m.isAnnotationPresent(CommandLine.ParentCommand.class)) {
      throw new IllegalStateException(name + ": the CLI model carries no such member");
    }
    if (m.isAnnotationPresent(CommandLine.Mixin.class)) {
      Object instance = get(spec.userObject(), (Field) m);
      for (Map.Entry<String, CommandSpec> e : spec.mixins().entrySet()) {
        if (e.getValue().userObject() == instance) {
          out.add(new ModelRecords.Mix(name, e.getKey(), body(e.getValue(), instance.getClass(),
              instance.getClass())));
        }
      }
    } else if (m.isAnnotationPresent(CommandLine.ArgGroup.class)) {
      Class<?> type = ((Field) m).getType();
      for (ArgGroupSpec g : spec.argGroups()) {
        if (owner(g.args().iterator().next()) == type) {
          List<ModelRecords.Opt> options = new ArrayList<>();
          for (ArgSpec a : g.args()) {
            options.add(opt((OptionSpec) a));
          }
          out.add(new ModelRecords.Group(name, type, g.exclusive(),
              g.multiplicity().toString(), g.validate(), g.order(), options));
        }
      }
    } else if (m.isAnnotationPresent(CommandLine.Option.class)) {
      for (OptionSpec o : spec.options()) {
        if (m.equals(o.userObject())) {
          out.add(opt(o));
        }
      }
    } else if (m.isAnnotationPresent(CommandLine.Spec.class)) {
      if (m.getAnnotation(CommandLine.Spec.class).value() != CommandLine.Spec.Target.SELF) {
        throw new IllegalStateException(name + ": the CLI model injects only the own spec");
      }
      out.add(new ModelRecords.SpecField(name));
    }
  }

  private static Class<?> owner(ArgSpec a) {
    return ((Member) a.userObject()).getDeclaringClass();
  }

  /** The option's attributes as the annotation gave them (a spec's getters interpolate). */
  static ModelRecords.Opt opt(OptionSpec spec) {
    OptionSpec.Builder o = spec.toBuilder();
    if (o.interactive() || o.parameterConsumer() != null) {
      throw new IllegalStateException(spec.longestName() + ": the CLI model lacks its attributes");
    }
    Member m = (Member) o.userObject();
    List<Class<?>> converters = new ArrayList<>();
    for (CommandLine.ITypeConverter<?> c : o.converters()) {
      converters.add(c.getClass());
    }
    return new ModelRecords.Opt(m.getName(),
        m instanceof Method method ? method.getParameterTypes()[0] : null, o.names(),
        o.description(), o.descriptionKey(), o.paramLabel(), o.defaultValue(),
        o.fallbackValue(), o.splitRegex(),
        o.arity() == null || o.arity().isUnspecified() ? null : o.arity().toString(),
        converters, o.type(), List.of(o.auxiliaryTypes()), o.showDefaultValue().name(),
        o.order(), o.required(), o.hidden(), o.negatable(), o.hideParamSyntax(), o.usageHelp(),
        o.versionHelp(), spec.hasInitialValue(), spec.toString()); // toBuilder drops the last
  }

  private static Object get(Object target, Field f) {
    try {
      f.setAccessible(true);
      return f.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
