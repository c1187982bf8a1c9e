package dev.llmchem.cli;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code GeneratedModels.java} for {@link ModelGenerator}: per command and mixin class,
 * one method that builds its picocli spec with the programmatic API, and one accessor class
 * whose getter and setter reach the annotated fields and setter methods directly (no
 * reflection, so no annotation is read and no accessor is spun at run time).
 */
final class ModelSource {
  private final StringBuilder methods = new StringBuilder();
  private final StringBuilder accessors = new StringBuilder();
  private int bodies;
  /** The method number of each class written so far (a mixin's model is its class's). */
  private final java.util.Map<Class<?>, Integer> written = new java.util.HashMap<>();

  private ModelSource() { }

  /** The source of {@code GeneratedModels} for the commands {@code commands}. */
  static String java(List<ModelRecords.Body> commands) {
    ModelSource w = new ModelSource();
    StringBuilder dispatch = new StringBuilder();
    for (ModelRecords.Body c : commands) {
      int n = w.body(c);
      dispatch.append("    if (c.getClass() == ").append(name(c.type())).append(".class) {\n")
          .append("      return m").append(n).append("((").append(name(c.type()))
          .append(") c);\n    }\n");
    }
    return "// Generated at build time by dev.llmchem.cli.ModelGenerator from the picocli\n"
        + "// annotations of chem's commands: do not edit (CommandModelTest checks that it builds\n"
        + "// the annotated models).\n"
        + "package dev.llmchem.cli;\n\n"
        + "import picocli.CommandLine;\n"
        + "import picocli.CommandLine.Model.ArgGroupSpec;\n"
        + "import picocli.CommandLine.Model.CommandSpec;\n"
        + "import picocli.CommandLine.Model.IGetter;\n"
        + "import picocli.CommandLine.Model.ISetter;\n"
        + "import picocli.CommandLine.Model.OptionSpec;\n\n"
        + "@SuppressWarnings({\"unchecked\", \"rawtypes\", \"cast\"})\n"
        + "final class GeneratedModels implements CommandModel.Source {\n"
        + "  static {\n    CommandModel.register(new GeneratedModels());\n  }\n\n"
        + "  @Override\n  public CommandSpec of(Object c) {\n" + dispatch
        + "    return null;\n  }\n\n"
        + "  private static Object initial(IGetter g) {\n    try {\n      return g.get();\n"
        + "    } catch (Exception e) {\n      throw new IllegalStateException(e);\n    }\n  }\n"
        + w.methods + w.accessors + "}\n";
  }

  /** Writes the method {@code m<n>} that builds {@code b}'s spec, once per class; returns n. */
  private int body(ModelRecords.Body b) {
    Integer done = written.get(b.type());
    if (done != null) {
      return done;
    }
    int n = bodies++;
    written.put(b.type(), n);
    String type = name(b.type());
    StringBuilder m = new StringBuilder();
    m.append("\n  /** {@code ").append(type).append("}. */\n  private static CommandSpec m")
        .append(n).append('(').append(type).append(" t) {\n")
        .append("    CommandSpec s = CommandSpec.wrapWithoutInspection(t);\n")
        .append("    s.name(").append(str(b.name())).append(");\n");
    if (b.versionProvider() != null) {
      m.append("    s.versionProvider(new ").append(name(b.versionProvider())).append("());\n");
    }
    m.append("    s.usageMessage().description(").append(strs(b.description()))
        .append(").footer(").append(strs(b.footer())).append(");\n");
    List<String> get = new ArrayList<>();
    List<String> set = new ArrayList<>();
    for (ModelRecords.Member member : b.members()) {
      if (member instanceof ModelRecords.SpecField f) {
        m.append("    t.").append(f.field()).append(" = s;\n");
      } else if (member instanceof ModelRecords.Mix x && x.field() == null) {
        m.append("    s.addMixin(").append(str(x.name())).append(", m").append(body(x.body()))
            .append("(new ").append(name(x.body().type())).append("()));\n");
      } else if (member instanceof ModelRecords.Mix x) {
        m.append("    if (t.").append(x.field()).append(" == null) {\n      t.").append(x.field())
            .append(" = new ").append(name(x.body().type())).append("();\n    }\n")
            .append("    s.addMixin(").append(str(x.name())).append(", m").append(body(x.body()))
            .append("(t.").append(x.field()).append("));\n");
      } else if (member instanceof ModelRecords.Group g) {
        m.append("    s.addArgGroup(ArgGroupSpec.builder().exclusive(").append(g.exclusive())
            .append(").multiplicity(").append(str(g.multiplicity())).append(").validate(")
            .append(g.validate()).append(").order(").append(g.order()).append(')');
        for (ModelRecords.Opt o : g.options()) {
          m.append("\n        .addArg(").append(option(o, n, get.size())).append(')');
          groupAccess(g, o, get, set);
        }
        m.append(".build());\n");
      } else if (member instanceof ModelRecords.Opt o) {
        m.append("    s.addOption(").append(option(o, n, get.size())).append(");\n");
        access(b.type(), o, get, set);
      }
    }
    methods.append(m).append("    return s;\n  }\n");
    if (!get.isEmpty()) {
      accessor(n, type, get, set);
    }
    return n;
  }

  /** The expression building option {@code o}, reached through accessor {@code A<n>(t, i)}. */
  private static String option(ModelRecords.Opt o, int n, int i) {
    StringBuilder e = new StringBuilder("OptionSpec.builder(").append(strs(o.names()))
        .append(")\n        .description(").append(strs(o.description()))
        .append(")\n        .type(").append(literal(o.type()))
        .append(").auxiliaryTypes(new Class<?>[] {");
    for (int k = 0; k < o.auxTypes().size(); k++) {
      e.append(k > 0 ? ", " : "").append(literal(o.auxTypes().get(k)));
    }
    e.append("})\n        .required(").append(o.required()).append(").hidden(").append(o.hidden())
        .append(").negatable(").append(o.negatable()).append(").hideParamSyntax(")
        .append(o.hideParamSyntax()).append(").usageHelp(").append(o.usageHelp())
        .append(").versionHelp(").append(o.versionHelp())
        .append(")\n        .showDefaultValue(CommandLine.Help.Visibility.").append(o.showDefault())
        .append(").order(").append(o.order()).append(").withToString(").append(str(o.described()))
        .append(")\n        .converters(new CommandLine.ITypeConverter<?>[] {");
    for (int k = 0; k < o.converters().size(); k++) {
      e.append(k > 0 ? ", " : "").append("new ").append(name(o.converters().get(k))).append("()");
    }
    e.append("})");
    optional(e, "descriptionKey", o.descriptionKey());
    optional(e, "paramLabel", o.paramLabel());
    optional(e, "defaultValue", o.defaultValue());
    optional(e, "fallbackValue", o.fallbackValue());
    optional(e, "splitRegex", o.splitRegex());
    optional(e, "arity", o.arity());
    String a = "new A" + n + "(t, " + i + ")";
    e.append("\n        .getter(").append(a).append(").setter(").append(a).append(')')
        .append(".hasInitialValue(").append(o.hasInitialValue()).append(')'); // default true
    if (o.hasInitialValue()) {
      e.append(".initialValue(initial(").append(a).append("))");
    }
    return e.append(".build()").toString();
  }

  private static void optional(StringBuilder e, String attribute, String value) {
    if (value != null) {
      e.append('.').append(attribute).append('(').append(str(value)).append(')');
    }
  }

  /** The getter and setter cases of a field option or a setter-method option of {@code t}. */
  private static void access(Class<?> owner, ModelRecords.Opt o, List<String> get,
      List<String> set) {
    if (o.setterType() != null) { // the getter returns the last value set, as picocli's does
      get.add("return (X) last;");
      set.add("t." + o.member() + "((" + name(o.setterType()) + ") v);\n          last = v;");
    } else {
      get.add("return (X) (Object) t." + o.member() + ";");
      set.add("t." + o.member() + " = (" + cast(field(owner, o.member())) + ") v;");
    }
  }

  /**
   * The cases of an option of argument group {@code g}: the group's object is made when the
   * option is first set to a value other than a fresh object's (picocli makes it when the group
   * matches); until then the option reads null, as an annotated group's does.
   */
  private static void groupAccess(ModelRecords.Group g, ModelRecords.Opt o, List<String> get,
      List<String> set) {
    String obj = "t." + g.field();
    String fresh = "new " + name(g.type()) + "()." + o.member();
    get.add("return " + obj + " == null ? null : (X) (Object) " + obj + "." + o.member() + ";");
    set.add("if (" + obj + " == null) {\n            if (v == null || v.equals(" + fresh
        + ")) {\n              return old;\n            }\n            " + obj + " = new "
        + name(g.type()) + "();\n          }\n          " + obj + "." + o.member() + " = ("
        + cast(field(g.type(), o.member())) + ") (v == null ? " + fresh + " : v);");
  }

  private void accessor(int n, String type, List<String> get, List<String> set) {
    StringBuilder a = new StringBuilder();
    a.append("\n  /** Options of {@code ").append(type).append("}. */\n")
        .append("  private static final class A").append(n)
        .append(" implements IGetter, ISetter {\n    private final ").append(type)
        .append(" t;\n    private final int i;\n    private Object last;\n\n    A").append(n)
        .append('(').append(type).append(" t, int i) {\n      this.t = t;\n      this.i = i;\n")
        .append("    }\n\n    @Override\n    public <X> X get() {\n      switch (i) {\n");
    for (int k = 0; k < get.size(); k++) {
      a.append("        case ").append(k).append(":\n          ").append(get.get(k)).append('\n');
    }
    a.append("        default:\n          throw new IllegalStateException();\n      }\n    }\n\n")
        .append("    @Override\n    public <X> X set(X v) {\n      X old = get();\n")
        .append("      switch (i) {\n");
    for (int k = 0; k < set.size(); k++) {
      a.append("        case ").append(k).append(":\n          ").append(set.get(k))
          .append("\n          return old;\n");
    }
    a.append("        default:\n          throw new IllegalStateException();\n      }\n")
        .append("    }\n  }\n");
    accessors.append(a);
  }

  private static Field field(Class<?> owner, String name) {
    try {
      return owner.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(owner.getName() + "." + name, e);
    }
  }

  /** The type to cast a value to before it is assigned to {@code f} (boxed for primitives). */
  private static String cast(Field f) {
    Class<?> t = f.getType();
    if (t.isPrimitive()) {
      return name(java.lang.invoke.MethodType.methodType(t).wrap().returnType());
    }
    return source(f.getGenericType());
  }

  private static String source(Type t) {
    if (t instanceof ParameterizedType p) {
      StringBuilder b = new StringBuilder(source(p.getRawType())).append('<');
      Type[] args = p.getActualTypeArguments();
      for (int k = 0; k < args.length; k++) {
        b.append(k > 0 ? ", " : "").append(source(args[k]));
      }
      return b.append('>').toString();
    }
    if (t instanceof Class<?> c) {
      return name(c);
    }
    throw new IllegalStateException("the CLI model cannot write the type " + t);
  }

  private static String name(Class<?> c) {
    String n = c.getCanonicalName();
    if (n == null) {
      throw new IllegalStateException("the CLI model cannot name " + c);
    }
    return n;
  }

  private static String literal(Class<?> c) {
    return name(c) + ".class";
  }

  private static String strs(String[] s) {
    StringBuilder b = new StringBuilder("new String[] {");
    for (int k = 0; k < s.length; k++) {
      b.append(k > 0 ? ",\n            " : "").append(str(s[k]));
    }
    return b.append('}').toString();
  }

  /** A Java string literal of {@code s} (ASCII; everything else escaped). */
  static String str(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
