/**
 * Optional Vector API ({@code jdk.incubator.vector}) kernels for the engine.
 *
 * <p>{@link dev.llmchem.vector.VectorPairKernel} implements the engine's
 * {@code dev.llmchem.engine.cheme.PairKernel} service; {@code DenseCheme} finds it with
 * {@code ServiceLoader} only when {@code ModuleLayer.boot().findModule("jdk.incubator.vector")}
 * is present, so the engine and every other module build and run without incubator flags.
 *
 * <p>Enabling it: put this jar on the class path next to the engine and start the JVM with
 * {@code --add-modules jdk.incubator.vector} (e.g. {@code JAVA_OPTS="--add-modules
 * jdk.incubator.vector"} for a launcher whose class path includes the jar; JMH:
 * {@code @Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")}). Without the flag the
 * engine silently uses its scalar loops; {@code -Dllmchem.cheme.vector=false} turns it off.
 *
 * <p>Design: the same cache-blocked plan and driver as the scalar kernel; only the per-pair
 * loop differs. It loads {@code SPECIES_PREFERRED} lanes (lane count read at run time) and
 * keeps a vector accumulator across the short runs of the blocked layout (compare + blend
 * max, one horizontal reduction per call), where C2's auto-vectorised loop pays pre/post
 * loops and a NaN-aware reduction per run. Pairs that share a member run two per sweep
 * ({@code VectorCherryFloat}: a skip test on a float copy of the buffer decides which
 * positions can raise a maximum; only those are divided, in double). Results are
 * bit-identical to the scalar kernels.
 *
 * <p>Build: compiled with {@code --release 17 --add-modules jdk.incubator.vector}; on JDK 25
 * with {@code -Xlint:all,-incubating -Werror}, on JDK 17 with {@code -Xlint:all} only (javac 17
 * cannot silence its incubating-module warning).
 */
package dev.llmchem.vector;
