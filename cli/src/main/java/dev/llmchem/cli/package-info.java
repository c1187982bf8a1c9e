/**
 * The {@code ./chem} command line: picocli commands that parse, call the engine and format.
 * The evaluation commands ({@code eval}, {@code maps}) format the engine's
 * {@code dev.llmchem.eval} results; the PNG rendering of maps (plain headless Java2D,
 * {@code MapPainter}) lives here so that the engine needs no desktop module.
 *
 * <p>Errors: every failure a user can cause ends as one line on stderr starting with
 * {@code chem: } (control characters of arguments or data escaped) and exit 1: bad input
 * ({@code file:line: reason}), usage, a size the engine refuses up front (naming the size and
 * the way out), or {@code --timeout}; Ctrl-C gives exit 130; anything else is an internal error
 * (exit 2; {@code CHEM_DEBUG=1} prints the trace). {@link dev.llmchem.cli.Main} maps exceptions
 * to these.
 *
 * <p>Stopping: {@link dev.llmchem.cli.RunOptions} ({@code --timeout}) holds the command's
 * {@link dev.llmchem.cli.RunControl}; the progress listeners handed to the engine answer its
 * {@code cancelled()} polls from it; Ctrl-C reaches it through a shutdown hook. Work that
 * cannot poll (an open or read blocked in the kernel) is ended by the
 * {@link dev.llmchem.cli.Watchdog} once the deadline and a grace have passed.
 *
 * <p>Command models: the picocli annotations on the commands and mixins are the one
 * declaration of every option, but a run does not read them. {@link dev.llmchem.cli.ModelGenerator}
 * reads them at build time and writes {@code GeneratedModels}, which builds the same specs
 * through picocli's programmatic API with direct field access
 * ({@link dev.llmchem.cli.CommandModel}); reading annotations at start cost a generated proxy
 * class per annotation type and a spun accessor per field, ~50 ms of a 0.25 s run. A test
 * compares both models attribute by attribute, by their help and by what command lines parse
 * to.
 *
 * <p>Vector loops: {@code ./chem} starts without {@code jdk.incubator.vector} (it costs every
 * start ~0.1 s); {@code chemistry} and {@code recommend} hand a run that is about to take the
 * dense CHEME over |U| &gt;= 28 to a second JVM that resolves it
 * ({@link dev.llmchem.cli.VectorHandoff}), before anything reached stdout; the user sees one run.
 *
 * <p>Output: JSON streams as it is computed ({@link dev.llmchem.cli.Json}), never built whole;
 * its first 1 Mi characters are held back, so a stopped run writes nothing unless its document
 * is longer (its message then says the output above is incomplete).
 *
 * <p>Output: every write goes through {@link dev.llmchem.engine.io.OutputTarget}: standard
 * output is checked ({@link dev.llmchem.cli.Main} turns a failure into "cannot write to
 * standard output: reason", exit 1, and a pipe closed by its reader into exit 141 without a
 * word); files are replaced atomically through a temporary sibling; and a command refuses,
 * before reading, an output option that names one of its inputs.
 *
 * <p>Determinism: JSON is byte-identical across runs, thread counts and JDKs (doubles by
 * Jackson's Schubfach writer; no timings in JSON).
 *
 * <p>Shared with {@code chem-spark} (module {@code spark}, which depends on this one; this one
 * knows nothing of Spark), public for it and used by the commands themselves, so the two tools
 * print the same bytes and refuse alike: one task's output ({@link dev.llmchem.cli.TaskJson},
 * {@link dev.llmchem.cli.TaskText}), the option mixins with their checks
 * ({@link dev.llmchem.cli.ChemistryOptions}, {@link dev.llmchem.cli.LossOptions},
 * {@link dev.llmchem.cli.FallbackMixin}, {@link dev.llmchem.cli.BootstrapMixin},
 * {@link dev.llmchem.cli.RunOptions}), the stop ({@link dev.llmchem.cli.RunControl},
 * {@link dev.llmchem.cli.Watchdog}, {@link dev.llmchem.cli.WrittenOutput}) and the
 * {@code --ingest-report} file ({@link dev.llmchem.cli.IngestReportWriter}).
 */
package dev.llmchem.cli;
