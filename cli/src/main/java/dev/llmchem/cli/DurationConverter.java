package dev.llmchem.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code --timeout} values: a positive number with a unit, {@code 500ms}, {@code 30s},
 * {@code 1.5m}, {@code 2h} (a bare number is seconds), or ISO-8601 such as {@code PT30S}.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SIMPLE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

  /** Marks a well-formed duration beyond what the deadline arithmetic holds (9e18 ns). */
  private static final Duration TOO_LARGE = Duration.ofDays(-1);
  private static final long MAX_HOURS = (long) (9e18 / 3600e9);

  @Override
  public Duration convert(String value) {
    Duration d = parse(value.trim());
    if (d == TOO_LARGE) {
      throw new TypeConversionException("'" + value + "' is too large (at most " + MAX_HOURS
          + "h, about 290 years)");
    }
    if (d == null || d.isZero() || d.isNegative()) {
      throw new TypeConversionException("expected a positive duration such as 30s, 5m, 1h or"
          + " 500ms, got '" + value + "'");
    }
    return d;
  }

  private static Duration parse(String v) {
    Matcher m = SIMPLE.matcher(v);
    if (m.matches()) {
      double x = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
      double nanos = x * switch (unit) {
        case "ms" -> 1e6;
        case "m" -> 60e9;
        case "h" -> 3600e9;
        default -> 1e9;
      };
      return nanos >= 9e18 ? TOO_LARGE : nanos >= 1 ? Duration.ofNanos((long) nanos) : null;
    }
    try {
      Duration d = Duration.parse(v);
      return d.compareTo(Duration.ofNanos((long) 9e18)) >= 0 ? TOO_LARGE : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
