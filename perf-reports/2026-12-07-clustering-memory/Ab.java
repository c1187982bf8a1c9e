import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.*;
/** A/B in one JVM: args n rounds cpA cpB (classpaths separated by ':'), alternating. */
public class Ab {
  static URLClassLoader loader(String cp) throws Exception {
    String[] parts = cp.split(":");
    URL[] u = new URL[parts.length];
    for (int i = 0; i < parts.length; i++) u[i] = Path.of(parts[i]).toUri().toURL();
    return new URLClassLoader(u, ClassLoader.getPlatformClassLoader());
  }
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]), rounds = Integer.parseInt(a[1]);
    var osb = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    Object[] strings = new Object[2]; Method[] m = new Method[2];
    for (int k = 0; k < 2; k++) {
      URLClassLoader l = loader(a[2 + k]);
      Method gen = l.loadClass("dev.llmchem.benchmarks.state.PromptsState").getMethod("generate", int.class, long.class);
      strings[k] = gen.invoke(null, n, 42L);
      m[k] = l.loadClass("dev.llmchem.engine.task.TaskClustering").getMethod("cluster", String[].class, double.class);
    }
    double[][] wall = new double[2][rounds], cpu = new double[2][rounds];
    for (int r = 0; r < rounds; r++) for (int k = 0; k < 2; k++) {
      System.gc();
      long c0 = osb.getProcessCpuTime(), t0 = System.nanoTime();
      int[] p = (int[]) m[k].invoke(null, strings[k], 0.85);
      wall[k][r] = (System.nanoTime() - t0) / 1e9; cpu[k][r] = (osb.getProcessCpuTime() - c0) / 1e9;
      long h = 0; for (int x : p) h = h * 31 + x;
      System.out.printf("round %d %s wall %.3f cpu %.3f hash %x%n", r, k == 0 ? "A" : "B", wall[k][r], cpu[k][r], h);
    }
    for (int k = 0; k < 2; k++) { Arrays.sort(wall[k]); Arrays.sort(cpu[k]); }
    System.out.printf("median wall A %.3f B %.3f (B/A %.3f); cpu A %.3f B %.3f (B/A %.3f)%n", wall[0][rounds/2], wall[1][rounds/2], wall[1][rounds/2]/wall[0][rounds/2], cpu[0][rounds/2], cpu[1][rounds/2], cpu[1][rounds/2]/cpu[0][rounds/2]);
  }
}
