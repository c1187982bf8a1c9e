/**
 * History ingest (CSV or JSON Lines, gzip-compressed or not): parsing, header mapping,
 * per-record validation and the ingest report.
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
 * <h2>JSON Lines, gzip and the task column</h2>
 * The same rows may come as JSON Lines, and either format gzip-compressed; every record goes
 * through the same {@link dev.llmchem.engine.io.RowValidator}, so the rules above (numbers,
 * strategies, text cells, modes) and the messages and report are the same. A differential
 * test holds CSV, CSV.gz, JSONL and JSONL.gz of the same rows to the same history and report
 * in every mode ({@code FormatsAgreeTest}).
 * <ul>
 * <li><b>Which format.</b> By the file name ({@link dev.llmchem.engine.io.InputFormat#ofName}):
 *     {@code .jsonl} and {@code .ndjson}, optionally followed by {@code .gz}, are JSON Lines;
 *     anything else is CSV. {@link dev.llmchem.engine.io.IngestOptions#withFormat} overrides
 *     the name (CLI {@code --data-format}). A CSV header that starts with <code>{</code> fails
 *     with a hint to name the format.</li>
 * <li><b>gzip</b> is recognised by its first two bytes (0x1f 0x8b), whatever the name (a
 *     {@code .gz} name on plain text reads as plain text), and decompressed on the fly through
 *     a 64 KiB inflater buffer; concatenated members read as one stream. Damaged data fails
 *     as "is damaged gzip data (REASON)", data that ends early as "is truncated gzip data";
 *     both name the file, in every mode. Progress and the size estimate of a too-large history
 *     count compressed bytes (the file's own size). Line numbers and encoding errors are
 *     those of the decompressed text.</li>
 * <li><b>JSON Lines.</b> One JSON object per physical line; lines end as in CSV (LF, CRLF, a
 *     lone CR), and a line number is the physical line (a file has no header line, so the
 *     first object is line 1). UTF-8 only, a leading BOM skipped, invalid bytes fail the read
 *     naming their line, as in CSV. Keys are column names matched as header names are
 *     (trimmed, case-insensitive, {@code gen_accuracy}; unknown keys are skipped with
 *     whatever value they hold). Values: a string is the cell; a number is its JSON text (a
 *     trial {@code 3} is {@code "3"}; {@code 0.5} and {@code "0.5"} parse alike by the number
 *     rules above); {@code true}/{@code false} are their text; {@code null} is an empty cell;
 *     {@code NaN} and {@code Infinity} (Python's {@code json} writes them) read like those
 *     CSV cells. A missing key is an empty cell, except that an object without a
 *     {@code strategy} (or {@code created}) key is like a CSV file without that column (no
 *     strategy, no warning). There is no field count and no header error: a missing required
 *     key is a missing field.</li>
 * <li><b>Bad lines</b> are rejected records at their line (default mode fails, lenient skips
 *     and lists, as for any rejected row): not valid JSON ("not valid JSON at column N:
 *     Jackson's reason"), not an object ("not a JSON object ..."), more than one value on the
 *     line, a kept column named twice, an array or object as a kept value. Blank lines
 *     (only bytes up to space) follow the CSV blank-line rule. An empty file, or one with only
 *     blank lines, fails. A line longer than 64 MiB fails the read.</li>
 * <li><b>Task column</b> ({@link dev.llmchem.engine.io.IngestOptions#withTaskColumn}, CLI
 *     {@code --task-column}): that column (or key) is read into the task field instead of
 *     {@code task}, which is then ignored. It is required like {@code task}: a CSV header
 *     without it fails ("header has no 'dataset' column"), an empty cell is "missing required
 *     field 'dataset'". It may not name another column the engine reads (model, quality,
 *     ...). Its values are labels: analyse them with
 *     {@code AnalysisOptions.withTaskClustering(false)}, so that each distinct value is one
 *     task (first-appearance order) instead of a cluster of similar prompts.</li>
 * </ul>
 * Design: the JSON reader ({@link dev.llmchem.engine.io.JsonLinesRecords}) splits lines on
 * raw bytes (a JSON string cannot hold a raw line break, so a split never falls inside a
 * value), checks each read chunk as UTF-8 as the CSV scanner does, and parses each non-blank
 * line with its own jackson-core streaming parser (jackson-core only, no databind), so a bad
 * line costs one record and the next line starts clean. It fills the same
 * {@link dev.llmchem.engine.io.Row} the CSV parsers fill ({@code Row#has} per key instead of
 * a header; {@code Row#problem} for a line that cannot be read); numbers go through the same
 * {@code Row#number}. gzip sits under either parser ({@link dev.llmchem.engine.io.Gzip}): a
 * two-byte push-back decides, so plain CSV reads through no extra buffer.
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
