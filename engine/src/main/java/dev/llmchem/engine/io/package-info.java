/**
 * CSV ingest: parsing, header mapping, per-record validation and the ingest report.
 *
 * <p>Files are parsed by a byte-level scanner ({@link dev.llmchem.engine.io.ByteCsvReader}):
 * it finds field and record boundaries in the raw bytes eight at a time, checks UTF-8 a chunk
 * ahead, and decodes only the cells the engine keeps, so the large quoted {@code result}
 * text is stepped over, never decoded or copied. Its twin is FastCSV over decoded chars
 * ({@link dev.llmchem.engine.io.FastCsvRecords}, also the reader of {@code Reader} input):
 * both fill the same {@link dev.llmchem.engine.io.Row} and go through the same validator, and
 * a differential test holds them to the same history, report and error messages on random
 * dirty files. The rules below are the contract of both.
 *
 * <p>Every physical record is accounted for: it is used (possibly with a warning) or
 * rejected, and each problem is listed with its 1-based starting line. Policy
 * ({@link dev.llmchem.engine.io.IngestOptions.Mode}): by default warnings are reported and a
 * rejected row fails the read with {@link dev.llmchem.engine.io.InputException}; strict mode
 * fails on any warning (blank lines included); lenient mode skips rejected rows and lists
 * them. Broken quoting, bad encoding and a bad header always fail, in every mode. The reader
 * keeps only the columns the engine uses (the free-text result on request), so memory is the
 * history's columns.
 *
 * <h2>Semantics where SPEC section 1 is silent</h2>
 * The bad-input corpus ({@code src/test/resources/corpus/ingest}, index {@code EXPECTED.tsv})
 * pins each rule below with a file.
 * <ul>
 * <li><b>Lines.</b> LF, CRLF and a lone CR each end a line (mixed endings are fine). A record
 *     is reported at the line where it starts; a record whose quoted cell holds line breaks
 *     spans several lines, and a wrong-column-count message names the span.</li>
 * <li><b>Encoding.</b> UTF-8 only. A leading byte-order mark is skipped. Any invalid byte
 *     fails the read naming the line of the first one (Latin-1 exports: re-save as UTF-8).
 *     Encoding is checked ahead of parsing, so in a file under 32 KiB an invalid byte is
 *     reported before any other problem; in a longer file a CSV error more than one read
 *     chunk earlier may be reported first.</li>
 * <li><b>Header.</b> The first non-blank record. Names are trimmed and case-insensitive;
 *     {@code gen_accuracy} aliases {@code generation_accuracy}; unknown columns are ignored;
 *     a kept column named twice (alias included) fails. No header (a data row, a TSV or a
 *     semicolon file) fails as "header has no ... column". An empty file, or one with only
 *     blank lines, fails. A header-only file reads as an empty history (the CLI then says
 *     "no usable data rows"). A data row repeating the header's quality and accuracy
 *     names is rejected as a repeated header (concatenated files).</li>
 * <li><b>Blank lines</b> (empty or only spaces/tabs, anywhere, before the header too) are
 *     not records: each is listed as a warning-level note, fails only strict mode, and does
 *     not count as a warned row. A row of only commas is a record (missing fields).</li>
 * <li><b>Quoting</b> (RFC 4180). A quote inside an unquoted cell is literal
 *     ({@code ab"cd}); a space before an opening quote makes the cell unquoted and literal
 *     ({@code  "m1"}). Any character after a closing quote ({@code "ab"cd}, {@code "m1" ,})
 *     and a quote never closed fail the read at the record that opened the quote.</li>
 * <li><b>Numbers</b> ({@link dev.llmchem.engine.io.Numbers}): decimal syntax only,
 *     {@code [+-]? digits [. digits] [e[+-]digits]} with surrounding whitespace ignored, so
 *     {@code 1e-3}, {@code .5}, {@code 5.}, {@code +5} are accepted and parsed correctly
 *     rounded (FastDoubleParser in place, bit-identical to
 *     {@link java.lang.Double#parseDouble}). Hex floats ({@code 0x1p-1}), type
 *     suffixes ({@code 5f}, {@code 0.5d}), decimal commas and digit separators are refused
 *     ("not a decimal number"). {@code nan}/{@code NaN} reads as NaN and
 *     {@code inf}/{@code Infinity}/{@code -Inf} (any case) as infinities, so quality or
 *     accuracy rejects them as "is NaN" or "out of range" (the message shows the parsed
 *     value, e.g. {@code 11.0}, {@code Infinity}); {@code 1e400} overflows to
 *     infinity and is out of range. {@code -0} is in range. Ranges are closed:
 *     quality in [0, 10], accuracy in [0, 1].</li>
 * <li><b>Optional numbers</b> (latency, temperature, generation_accuracy, variance,
 *     review_accuracy): empty or NaN are stored as NaN silently; anything else that is not a
 *     number (e.g. {@code n/a}, {@code 0x10}) is stored as NaN with a warning.</li>
 * <li><b>Strategy.</b> Exact upper-case names (the reference groups by the exact string);
 *     surrounding whitespace is ignored. {@code random} or {@code Chemistry} are unknown
 *     strategies: the row is used (warning, with a did-you-mean hint) and is in no strategy
 *     group. An empty strategy warns; a file without the column has no strategies and no
 *     warnings. An unknown strategy with an empty {@code created} is reported as the shifted
 *     column of runs.csv.</li>
 * <li><b>Text cells</b> (trial, model, task, id) are kept verbatim: whitespace around a
 *     model name makes a different model (as in the reference); any Unicode is fine;
 *     duplicated rows are all used. Blank required cells are missing fields.</li>
 * <li><b>Limits.</b> A cell longer than 16 Mi characters fails the read (almost always an
 *     unbalanced quote); a directory, a missing or unreadable file fails in one line.</li>
 * </ul>
 *
 * <h2>Raw peer grades ({@link dev.llmchem.engine.io.GradesReader})</h2>
 * Input of consensus grading (SPEC section 8; {@link dev.llmchem.engine.grade}). CSV, UTF-8
 * (a BOM is skipped), RFC 4180 quoting, blank lines skipped, a header row naming (trimmed,
 * case-insensitive, any order; other columns ignored):
 * <ul>
 * <li>{@code trial}: the benchmark run; the MVLE runs once per trial;</li>
 * <li>{@code id}: the evaluation item;</li>
 * <li>{@code author} (alias {@code model}): the model whose answer is graded; an answer is one
 *     (trial, id, author);</li>
 * <li>{@code reviewer}: the model that gave the grade (self-review is a grade like any other;
 *     leave such rows out if the protocol excludes it);</li>
 * <li>{@code grade}: a decimal number in [0, 10];</li>
 * <li>{@code correct} (optional column, cells may be empty): the answer's ground-truth
 *     correctness in [0, 1] ({@code true}/{@code false} read as 1/0); empty = no ground
 *     truth. Rows of one answer may leave it empty or repeat the same value.</li>
 * </ul>
 * Every problem fails the read in one line, {@code file:line: reason}: a missing column, a
 * row with another field count than the header, an empty text cell, a grade or correct that
 * is not a decimal number or out of range, a second grade by the same reviewer for the same
 * answer, two different {@code correct} values for one answer, a file with no grades.
 *
 * <h2>Graded runs ({@link dev.llmchem.engine.io.GradedRunsWriter})</h2>
 * A runs file (any CSV with {@code trial, model, id} columns; fields copied verbatim) is
 * streamed out with {@code quality, generation_accuracy} (or {@code gen_accuracy}),
 * {@code variance, review_accuracy, accuracy} replaced on each row whose (trial, model, id)
 * is a graded answer (trial, author, id); missing columns are appended; rows without grades
 * are copied unchanged and counted. quality is the answer's consensus; generation_accuracy
 * its {@code correct} or 0.0; variance and review_accuracy are the author's as a reviewer in
 * that trial (empty if it graded nothing there); accuracy combines them (SPEC section 8).
 *
 * <h2>Output ({@link dev.llmchem.engine.io.OutputTarget})</h2>
 * Where the command line writes: standard output or a file, every write checked (a failure is
 * an {@link dev.llmchem.engine.io.OutputException} naming the target, never a read error of an
 * input); files replaced atomically through a temporary sibling, permissions kept; identity
 * checks so that no output overwrites an input.
 */
package dev.llmchem.engine.io;
