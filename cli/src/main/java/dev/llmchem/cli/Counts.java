package dev.llmchem.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option converters that refuse out-of-range values while the command line is parsed, so the
 * user sees picocli's "Invalid value for option '--k': ..." line and the command's help hint
 * instead of a run with a silly value ({@code --k -2} printed "Top--2").
 */
final class Counts {
  private Counts() { }

  /** A whole number >= 1. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override public Integer convert(String value) {
      return parse(value, 1, "a whole number >= 1");
    }
  }

  /** A whole number >= 0. */
  static final class NonNegative implements ITypeConverter<Integer> {
    @Override public Integer convert(String value) {
      return parse(value, 0, "a whole number >= 0");
    }
  }

  /** A file name that is not empty ({@code --data ''} used to read the working folder). */
  static final class FileName implements ITypeConverter<Path> {
    @Override public Path convert(String value) {
      if (value.isEmpty()) {
        throw new TypeConversionException("the file name is empty");
      }
      if (value.indexOf('\0') >= 0) {
        throw new TypeConversionException("the file name contains a NUL character");
      }
      return Path.of(value);
    }
  }

  private static int parse(String value, int min, String expected) {
    int v;
    try {
      v = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("expected " + expected + ", got '" + value + "'");
    }
    if (v < min) {
      throw new TypeConversionException("expected " + expected + ", got " + v);
    }
    return v;
  }
}
