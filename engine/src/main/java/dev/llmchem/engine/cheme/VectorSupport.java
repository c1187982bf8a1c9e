package dev.llmchem.engine.cheme;

import java.util.ServiceLoader;

/**
 * Finds the optional Vector API kernel at run time: only when the JVM resolved the incubator
 * module ({@code --add-modules jdk.incubator.vector}) and a {@link PairKernel} service (the
 * {@code llmchem-vector} jar) is on the class or module path. The engine itself never links
 * against {@code jdk.incubator.vector}. {@code -Dllmchem.cheme.vector=false} disables it;
 * {@code -Dllmchem.cheme.vector=always} makes {@link DenseCheme.Kernel#AUTO} take it at every
 * size (to measure the cold crossover, benchmarks/startup).
 */
final class VectorSupport {
  /** Whether AUTO takes the vector kernel at every |U| ({@code -Dllmchem.cheme.vector=always}). */
  static final boolean ALWAYS = "always".equals(System.getProperty("llmchem.cheme.vector"));
  /**
   * Whether the kernel may be found: the JVM resolved the module and no property disabled it.
   * Cheap: no class of the kernel or of the Vector API is loaded to tell.
   */
  static final boolean POSSIBLE = !"false".equals(System.getProperty("llmchem.cheme.vector"))
      && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private VectorSupport() { }

  /**
   * The discovered kernel, or null. Found on first call: loading it initialises the Vector API
   * (hundreds of classes, ~0.2 s of a fresh JVM), which a run that keeps the scalar loops must
   * not pay.
   */
  static PairKernel kernel() {
    return Found.KERNEL;
  }

  /** Holder: its initialisation is the discovery. */
  private static final class Found {
    static final PairKernel KERNEL = POSSIBLE ? discover() : null;
  }

  private static PairKernel discover() {
    try {
      for (PairKernel k : ServiceLoader.load(PairKernel.class,
          VectorSupport.class.getClassLoader())) {
        return k;
      }
    } catch (java.util.ServiceConfigurationError | LinkageError e) {
      return null;
    }
    return null;
  }
}
