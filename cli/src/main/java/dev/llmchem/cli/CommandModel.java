package dev.llmchem.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli models of {@code chem}'s commands, built by code generated at build time instead
 * of from their annotations. Reading annotations makes the JDK generate a proxy class per
 * annotation type at run time (with its class-file library, cold), and picocli's reflective
 * field bindings spin method-handle classes; neither can be kept in a class cache, and both
 * came to about a fifth of a 0.2 s run. {@link ModelGenerator} reads the very annotations in
 * Maven's {@code process-classes} phase and writes {@code GeneratedModels}, which builds the
 * same specs with picocli's programmatic API and reaches the fields directly;
 * {@code CommandModelTest} checks that both models are the same (every attribute, the help
 * text, what command lines parse to). Without the generated class (classes compiled by an IDE
 * that skipped the build step) the annotations are read as before; an IDE that recompiles the
 * commands over an earlier Maven build keeps that build's {@code GeneratedModels}, so after
 * changing an option outside Maven run {@code mvn package -DskipTests -pl cli -am} ({@code ./chem}
 * rebuilds by itself when a source is newer than its jar).
 */
final class CommandModel {
  /** The generated models (one class; its initialiser registers it). */
  interface Source {
    /** The model of {@code command}, or null when it is not one of the generated ones. */
    CommandSpec of(Object command);
  }

  static final String GENERATED = "dev.llmchem.cli.GeneratedModels";

  private static volatile Source source;
  private static boolean loaded;

  private CommandModel() { }

  /** The model of {@code command}: from the generated code, else from its annotations. */
  static CommandSpec of(Object command) {
    return of(command, source());
  }

  /** As above with the generated models {@code s} (null: none, as without the build step). */
  static CommandSpec of(Object command, Source s) {
    CommandSpec spec = s == null ? null : s.of(command);
    return spec != null ? spec : CommandSpec.forAnnotatedObject(command);
  }

  /** The generated models, or null when the build did not generate them (tests require them). */
  static Source generatedSource() {
    return source();
  }

  /** Called by the generated class's initialiser. */
  static void register(Source generated) {
    source = generated;
  }

  private static synchronized Source source() {
    if (!loaded) {
      loaded = true;
      try {
        Class.forName(GENERATED); // initialises it: it registers itself
      } catch (ClassNotFoundException e) {
        // not generated: the annotations are read
      }
    }
    return source;
  }

  /** The standard help options' holder (picocli's own is private to it). */
  static final class StandardHelp {
    boolean helpRequested;
    boolean versionRequested;
  }
}
