/**
 * The paper's evaluation (section 5) and chemistry maps, reproducing the reference's scripts
 * ({@code cheme_eval_rq1/2/3.py}, {@code cheme-maps.py}) number for number by default.
 *
 * <p>Design. {@link dev.llmchem.eval.Configurations} groups a task's rows by (trial,
 * strategy) into {@link dev.llmchem.eval.Configuration}s (members = distinct
 * model/quality/accuracy rows, on primitive arrays). {@link dev.llmchem.eval.TaskEvaluation}
 * holds them with the soft-voting table and, lazily, the configuration chemistry over the
 * task's CHEME snapshot (the engine facade's {@code Chemistry.chem(a, b)}; nothing here
 * re-implements CHEME). {@link dev.llmchem.eval.Rq1}, {@link dev.llmchem.eval.Rq2}
 * and {@link dev.llmchem.eval.Rq3} turn it into the rows of Tables 1-3, each with its
 * script's quirks, named in the class and in docs/eval.md: the size buckets differ between
 * RQ1 and RQ2/RQ3; RQ3's "effectiveness" is the share of members with accuracy &gt; 0.7;
 * the complementarity index takes raw 0-10 quality ({@link dev.llmchem.eval.QualityScale}
 * offers quality/10).
 *
 * <p>Metrics. {@link dev.llmchem.eval.Hypervolume}, {@link dev.llmchem.eval.RaoQ},
 * {@link dev.llmchem.eval.Complementarity} in a {@link dev.llmchem.eval.Box};
 * {@link dev.llmchem.eval.SoftVoting}; {@link dev.llmchem.eval.Stats} wraps
 * Apache Commons Statistics (t-test, t distribution) for p-values.
 *
 * <p>Maps. {@link dev.llmchem.eval.MapGrid} is the kernel (incremental HV and Rao per
 * grid point, rows in parallel); {@link dev.llmchem.eval.NaiveMapGrid} recomputes
 * everything per point like the reference and is the tests' oracle.
 * {@link dev.llmchem.eval.ChemistryMaps} picks the ensembles as the maps script does.
 * Rendering to PNG lives in the CLI (the engine has no java.desktop dependency).
 *
 * <p>Everything is immutable once built and safe to share between threads. The result
 * records over arrays ({@link dev.llmchem.eval.Configuration},
 * {@link dev.llmchem.eval.ChemistryMap}) copy their arrays in and out and read one value with
 * per-index accessors; {@link dev.llmchem.eval.Rq1Row#strategies()} is an unmodifiable copy in
 * the reference order.
 */
package dev.llmchem.eval;
