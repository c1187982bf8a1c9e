package dev.llmchem.cli;

import dev.llmchem.engine.ChemeOptions;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code --method} values of {@code chem chemistry}: auto, dense, naive, exact-eq1. */
final class ChemeMethodConverter implements ITypeConverter<ChemeOptions.Method> {
  @Override
  public ChemeOptions.Method convert(String value) {
    try {
      return ChemeOptions.Method.parse(value);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
