/**
 * {@code chem-spark}: the engine's {@code profile}, {@code chemistry} and {@code recommend} on
 * Apache Spark, for histories beyond one machine, with the engine as the per-task core, not a
 * re-implementation. Every option of those commands ({@link dev.llmchem.spark.Commands}: the
 * CLI's own mixins, converters and checks); {@code --json} prints the bytes {@code chem}
 * prints, and without it the text {@code chem} prints.
 *
 * <h2>Pipeline (one run, {@link dev.llmchem.spark.SparkRunner})</h2>
 * <ol>
 * <li><b>Ingest</b> ({@code HistoryIngest}). CSV and JSON Lines files (gzip or not) are read by
 *     the engine's streaming reader ({@code RowStream}: its parser, validator, messages and line
 *     numbers), one Spark task per file (a CSV record may span lines, so a file is read from
 *     its start; a data lake's folder of files is read in parallel); Parquet by Spark SQL, split
 *     by row groups, each row checked by the engine's JSON Lines validator ({@code ParquetRows}).
 *     Executors read leniently and emit rows and problems in one pass ({@code IngestRows});
 *     the driver gathers the report (the engine's totals, counts per masked reason, the first
 *     problems) and applies the mode as {@code chem} does ({@code IngestSummary}); with
 *     {@code --ingest-report} it streams every problem into {@code chem}'s file
 *     ({@code IngestReportFile}). Order: files by path, then line (or Parquet row), as a 64-bit
 *     key. A read in fewer pieces than the default parallelism (one file is one piece) is
 *     spread over that many partitions by a hash of the key, so the later stages split.</li>
 * <li><b>Analysis</b> ({@code SparkAnalysis}): CHEMISTRY rows dropped unless kept; S collected
 *     and sorted on the driver; task strings in order of first appearance (min key, sort,
 *     zipWithIndex).</li>
 * <li><b>Clustering</b>, exact: IDF over the distinct strings in Spark, the engine's float
 *     vectors ({@code TfIdf}, {@code SparseVector}), candidate edges by a prefix-filtered
 *     similarity join ({@code SimilarityJoin}), then the greedy prototype pass, sequential by
 *     definition, on the driver over the edges only ({@code GreedyPass}): the engine's
 *     clusters, bit for bit (differential test against {@code TaskClustering} and the scan).</li>
 * <li><b>Per task</b> ({@code TaskResults}): profiles by aggregation in Spark per (cluster,
 *     model) (max and last by {@code min_by}/{@code max_by}, mean by an ordered
 *     {@code aggregate}: the engine's double sums in file order); then, grouped by cluster on the
 *     executors, the engine's {@code TaskProfiles}, {@code TaskAnalysis}, CHEME, the
 *     interaction index, RECOMMEND, its explanation and the bootstrap (over the task's rows,
 *     shipped only then: {@code TaskRows}; kernel threads = {@code --threads}, else the task's
 *     cores), written by the CLI's own writers: the compact JSON object ({@code TaskJson}) or
 *     the text ({@code TaskText}) ({@code TaskWork}).</li>
 * <li><b>Output</b> ({@code ResultWriter}): the {@code --json} document assembled on the driver
 *     from the task objects in task order (streamed a partition at a time), or the tasks' text
 *     in task order; {@code --out DIR}: DIR/jsonl (one task per line) and DIR/parquet.</li>
 * </ol>
 *
 * <h2>Stopping ({@code --timeout}, Ctrl-C)</h2>
 * The CLI's {@code RunControl} holds the deadline; the run's jobs form one job group, which
 * {@code RunStop} cancels (again while the adaptive executor submits more) once the control says
 * stop; the killed tasks' kernels poll {@code TaskContext.isInterrupted()} through their
 * progress listener, the reader checks it between batches, and the driver checks the control
 * between stages. The line and exit code are {@code chem}'s; the CLI's {@code Watchdog} ends a
 * run that does not stop within its grace (the driver busy outside a job).
 *
 * <h2>Where it scales and where it does not</h2>
 * Everything but three steps is split across executors. The driver holds S, N ints and bits
 * for the greedy pass (N distinct task strings) and the edges as they stream by; it assembles
 * the {@code --json} document or the text (use {@code --out} for big runs). A single CSV or
 * JSON Lines file is read by one task (store big histories as many files or as Parquet); the
 * stages after the read split whatever the input. A token in the
 * prefixes of m strings costs m^2/2 bound checks in one task. Figures:
 * {@code perf-reports/2026-12-07-spark}.
 *
 * <h2>Classpath</h2>
 * Spark 4.2 (Scala 2.13) is {@code provided}; the module pins Jackson 2.21 (Spark refuses 2.23),
 * and the engine's JSON Lines reader runs on it (tests). {@code chem-spark.jar} holds this module,
 * the engine and the CLI (whose writers, mixins, checks and run control are public for this
 * module; the CLI knows nothing of Spark); {@code ./chem-spark} adds Spark's jars from
 * {@code spark-classpath.txt}, a cluster provides its own (spark-submit).
 */
package dev.llmchem.spark;
