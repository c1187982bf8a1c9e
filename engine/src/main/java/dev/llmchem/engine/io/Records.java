package dev.llmchem.engine.io;

import java.io.IOException;

/** A parser's stream of records (CSV or JSON Lines), as {@link HistoryReader} consumes it. */
interface Records {
  /**
   * The next record (a flyweight, valid until the next call), or null after the last.
   *
   * @throws InputException on broken CSV syntax, naming the record's starting line
   * @throws java.nio.charset.CharacterCodingException on bytes that are not UTF-8
   */
  Row next() throws IOException;

  /**
   * From the next record on, keep only these columns (called once: after the header, or
   * before the first record when {@link #keyed}).
   */
  void columns(Columns c);

  /**
   * Whether records name their own fields (JSON Lines): there is no header, and the reader
   * sets {@link Columns#keyed} columns before the first record.
   */
  default boolean keyed() {
    return false;
  }
}
