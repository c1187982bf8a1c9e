/**
 * CSV ingest: FastCSV parsing, header mapping, per-record validation and the ingest report.
 *
 * <p>Every physical record is accounted for: it is used (possibly with a warning) or
 * rejected, and each problem is listed with its 1-based starting line. Policy
 * ({@link dev.llmchem.engine.io.IngestOptions.Mode}): by default warnings are reported and a
 * rejected row fails the read with {@link dev.llmchem.engine.io.InputException}; strict mode
 * fails on any warning; lenient mode skips rejected rows and lists them. Broken quoting and
 * a missing required header column always fail. The reader keeps only the columns the
 * engine uses (the free-text result on request), so memory is the history's columns.
 */
package dev.llmchem.engine.io;
