package dev.llmchem.cli;

import java.util.List;

/**
 * What {@link ModelGenerator} reads from the annotations of a command, in the order picocli
 * itself meets the annotated members, before {@link ModelSource} writes it as Java.
 */
final class ModelRecords {
  private ModelRecords() { }

  /** A command's or a mixin's attributes and its annotated members, in picocli's order. */
  record Body(Class<?> type, String name, Class<?> versionProvider, String[] description,
      String[] footer, List<Member> members) { }

  /** An annotated member: an option, a mixin, an argument group or the spec's field. */
  sealed interface Member permits Opt, Mix, Group, SpecField { }

  /** {@code @Spec} on {@code field}: the command's own spec is injected. */
  record SpecField(String field) implements Member { }

  /**
   * {@code @Mixin} on {@code field}, named {@code name}; a null field stands for picocli's
   * standard help options ({@code mixinStandardHelpOptions}), which picocli adds last.
   */
  record Mix(String field, String name, Body body) implements Member { }

  /** {@code @ArgGroup} on {@code field} of type {@code type}, with its options. */
  record Group(String field, Class<?> type, boolean exclusive, String multiplicity,
      boolean validate, int order, List<Opt> options) implements Member { }

  /**
   * {@code @Option} on a field or on a one-argument method ({@code setterType} non-null), with
   * the attributes as the annotation gave them (null: not set); {@code described} is picocli's
   * {@code toString} of the option (which names the field).
   */
  record Opt(String member, Class<?> setterType, String[] names, String[] description,
      String descriptionKey, String paramLabel, String defaultValue, String fallbackValue,
      String splitRegex, String arity, List<Class<?>> converters, Class<?> type,
      List<Class<?>> auxTypes, String showDefault, int order, boolean required, boolean hidden,
      boolean negatable, boolean hideParamSyntax, boolean usageHelp, boolean versionHelp,
      boolean hasInitialValue, String described) implements Member { }
}
