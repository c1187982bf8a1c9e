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
  /** The discovered kernel, or null. */
  static final PairKernel KERNEL = discover(PairKernel.class);
  /** Whether AUTO takes the vector kernel at every |U| ({@code -Dllmchem.cheme.vector=always}). */
  static final boolean ALWAYS = "always".equals(System.getProperty("llmchem.cheme.vector"));

  private VectorSupport() { }

  private static <T> T discover(Class<T> type) {
    if ("false".equals(System.getProperty("llmchem.cheme.vector"))
        || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return null;
    }
    try {
      for (T k : ServiceLoader.load(type, VectorSupport.class.getClassLoader())) {
        return k;
      }
    } catch (java.util.ServiceConfigurationError | LinkageError e) {
      return null;
    }
    return null;
  }
}
