package dev.llmchem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.cheme.Eq1Cheme;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.grade.Consensus;
import dev.llmchem.engine.grade.GradeSheet;
import dev.llmchem.engine.grade.Mvle;
import dev.llmchem.engine.grade.MvleParams;
import dev.llmchem.engine.history.Dictionary;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.Ingested;
import dev.llmchem.engine.io.InputException;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.MigExport;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.Ranking;
import dev.llmchem.engine.profile.UsedSet;
import dev.llmchem.engine.testutil.Reference;
import dev.llmchem.eval.Box;
import dev.llmchem.eval.ChemistryMaps;
import dev.llmchem.eval.EvalOptions;
import dev.llmchem.eval.Representatives;
import dev.llmchem.eval.Rq1;
import dev.llmchem.eval.Rq2;
import dev.llmchem.eval.Rq3;
import dev.llmchem.eval.SizeGroup;
import dev.llmchem.eval.SizeStats;
import dev.llmchem.eval.Stats;
import dev.llmchem.eval.TaskEvaluation;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public method of a published type hands out an array or collection the object keeps.
 *
 * <p>Published types are found by scanning the engine's compiled classes: every public type
 * (nested ones included) of {@code dev.llmchem.engine.*} and {@code dev.llmchem.eval}, except
 * the engine-internal package {@code dev.llmchem.engine.internal}. Real objects are built
 * from the committed fixtures (demo.csv, dirty.csv, unterminated.csv) and the reference
 * history runs2.csv, and every object their zero-argument methods return is collected too
 * (up to {@link #PER_TYPE} per type). Then, for every public method returning an array, a
 * collection, a map or an iterable, called with every argument the walk can supply (ints,
 * longs, doubles, booleans, model and task names, enum constants, collected objects), the
 * result is mutated: arrays filled with NaN, 0.5, -1 (and other garbage per element type),
 * collections and maps cleared, set and added to (UnsupportedOperationException accepted).
 * After each method the object's fingerprint (every answer of every public method it has
 * with simple arguments, rendered deeply) must be unchanged; after the walk, every object's
 * fingerprint and the answers of snapshots built afterwards (a fresh analysis, fresh CHEME
 * snapshots by several methods, RECOMMEND, costs of subsets, witnesses) must be unchanged.
 * Records holding arrays or collections must also copy what their constructor is given.
 *
 * <p>Coverage is enforced: a published type with an array- or collection-returning method
 * must be walked (an instance collected and each such method called at least once), else the
 * test fails naming it; the types without such methods are listed in the output.
 */
class ApiImmutabilityTest {
  /** Instances collected per type besides the explicit roots. */
  private static final int PER_TYPE = 3;
  /** Argument combinations per method in a fingerprint, and per walked method. */
  private static final int FINGERPRINT_COMBOS = 16;
  private static final int WALK_COMBOS = 64;
  /** Primitive arrays longer than this are fingerprinted by length and content hash. */
  private static final int HASH_ABOVE = 64;
  private static final String INTERNAL = "dev.llmchem.engine.internal";
  /**
   * Public types that are mutable by design and are not results: walked with their
   * zero-argument methods only (their other methods change them on purpose).
   */
  private static final Map<Class<?>, String> MUTABLE_BY_DESIGN = Map.of(
      Dictionary.class, "HistoryBuilder's interner: intern() adds names; freeze() returns a"
          + " fresh array",
      dev.llmchem.engine.history.HistoryBuilder.class, "a builder: add() appends rows, build()"
          + " copies them into a History",
      dev.llmchem.engine.mig.CoveringMemo.class, "a memo the caller owns: covering() fills it");

  private final Map<Class<?>, List<Object>> catalogue = new TreeMap<>(
      Comparator.comparing(Class::getName));
  private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Class<?>, Integer> harvested = new java.util.HashMap<>();
  private final List<String> strings = new ArrayList<>();
  private long arraysFilled;
  private long collectionChanges;
  private long collectionRefusals;

  @Test
  void noPublicMethodHandsOutStateItKeeps() throws Exception {
    List<Class<?>> published = publishedTypes();
    List<Analysis> analyses = buildRoots();
    harvest();
    String worldBefore = world(analyses);
    Map<Object, String> initial = new IdentityHashMap<>();
    forEachInstance(o -> initial.put(o, fingerprint(o, 2)));

    List<String> failures = new ArrayList<>();
    Map<Method, Integer> walked = new LinkedHashMap<>();
    List<String> exposingTypes = new ArrayList<>();
    List<String> quietTypes = new ArrayList<>();
    List<String> notWalked = new ArrayList<>();
    for (Class<?> type : published) {
      List<Method> exposing = exposing(type);
      if (exposing.isEmpty()) {
        quietTypes.add(type.getName());
        continue;
      }
      exposingTypes.add(type.getName());
      List<Object> objs = instancesOf(type);
      for (Object o : objs) {
        String before = fingerprint(o, 2); // now: earlier walks are blamed by the last check
        for (Method m : exposing) {
          int calls = 0;
          for (Object[] args : combos(m, o, false, WALK_COMBOS)) {
            Object r = invoke(m, o, args);
            if (r == NO_ANSWER || r == null) {
              continue;
            }
            calls++;
            mutate(r);
          }
          if (calls > 0) {
            walked.merge(m, calls, Integer::sum);
            String after = fingerprint(o, 2);
            if (!after.equals(before)) {
              failures.add("mutating what " + name(m) + " returned changed the "
                  + type.getSimpleName() + ": " + firstDifference(before, after));
              before = after; // blame the next method for its own changes only
            }
          }
        }
      }
      for (Method m : exposing) {
        if (!walked.containsKey(m)) {
          notWalked.add(name(m) + (objs.isEmpty() ? " (no instance collected)" : " (no call"
              + " succeeded)"));
        }
      }
    }
    forEachInstance(o -> {
      String after = fingerprint(o, 2);
      if (!after.equals(initial.get(o))) {
        failures.add("after the walk, an instance of " + o.getClass().getSimpleName()
            + " answers differently: " + firstDifference(initial.get(o), after));
      }
    });
    String worldAfter = world(analyses);
    if (!worldAfter.equals(worldBefore)) {
      failures.add("snapshots built after the walk answer differently: "
          + firstDifference(worldBefore, worldAfter));
    }
    int records = recordsCopyWhatTheyAreGiven(published, failures);
    staticState(published, failures);

    int instances = catalogue.values().stream().mapToInt(List::size).sum();
    System.out.printf(java.util.Locale.ROOT, "ApiImmutabilityTest: %d published types;"
        + " %d return arrays/collections and were walked over %d instances: %d methods, %d"
        + " calls; %d arrays filled with garbage, %d collection changes accepted (caller's"
        + " copies), %d refused (unmodifiable); %d records checked for copy-in.%n",
        published.size(), exposingTypes.size(), instances, walked.size(),
        walked.values().stream().mapToInt(Integer::intValue).sum(), arraysFilled,
        collectionChanges, collectionRefusals, records);
    System.out.println("  walked: " + exposingTypes);
    System.out.println("  no array/collection returns: " + quietTypes);
    System.out.println("  mutable by design (zero-argument methods only): "
        + MUTABLE_BY_DESIGN.keySet().stream().map(Class::getSimpleName).sorted().toList());
    assertThat(notWalked).as("published methods returning arrays or collections that the"
        + " walk did not reach: collect an instance in buildRoots() or supply arguments")
        .isEmpty();
    assertThat(failures).as("state handed out by public methods").isEmpty();
    assertThat(exposingTypes).as("the walk found the published types").hasSizeGreaterThan(20);
  }

  // ---- published types ------------------------------------------------------------------

  /**
   * Every public type of the engine's and the evaluation's packages, from their compiled
   * classes (a classes folder or a jar, whichever the build put on the class path).
   */
  static List<Class<?>> publishedTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> anchor : List.of(History.class, TaskEvaluation.class)) {
      Path root;
      try {
        root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
      try (java.nio.file.FileSystem jar = Files.isRegularFile(root)
          ? java.nio.file.FileSystems.newFileSystem(root) : null) {
        Path base = jar == null ? root : jar.getPath("/");
        List<Path> files;
        try (Stream<Path> s = Files.walk(base.resolve("dev/llmchem"))) {
          files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path f : files) {
          String name = base.relativize(f).toString().replace(f.getFileSystem().getSeparator(),
              ".").replaceAll("\\.class$", "");
          Class<?> c = Class.forName(name, false, ApiImmutabilityTest.class.getClassLoader());
          if (isPublished(c)) {
            out.add(c);
          }
        }
      }
    }
    assertThat(out).as("published types of the engine and the evaluation")
        .hasSizeGreaterThan(50);
    return out;
  }

  private static boolean isPublished(Class<?> c) {
    String n = c.getName();
    if (!(n.startsWith("dev.llmchem.engine.") || n.startsWith("dev.llmchem.eval."))
        || c.getPackageName().equals(INTERNAL) || c.isSynthetic() || c.isAnonymousClass()
        || c.isHidden()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** Public instance methods of {@code type} returning an array, collection, map or iterable. */
  private static List<Method> exposing(Class<?> type) {
    return answers(type).stream().filter(m -> hands(m.getReturnType()))
        .filter(m -> !MUTABLE_BY_DESIGN.containsKey(type) || m.getParameterCount() == 0)
        .toList();
  }

  private static boolean hands(Class<?> t) {
    return t.isArray() || Iterable.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)
        || java.util.Iterator.class.isAssignableFrom(t);
  }

  /** The public instance methods of our packages that answer something, in a fixed order. */
  private static List<Method> answers(Class<?> type) {
    return ANSWERS.computeIfAbsent(type, ApiImmutabilityTest::findAnswers);
  }

  private static final Map<Class<?>, List<Method>> ANSWERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static List<Method> findAnswers(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isBridge() && !m.isSynthetic())
        .filter(m -> m.getDeclaringClass().getName().startsWith("dev.llmchem."))
        .filter(m -> m.getReturnType() != void.class)
        .filter(m -> !Set.of("hashCode", "equals", "toString").contains(m.getName()))
        .sorted(Comparator.comparing(Method::toGenericString)).toList();
  }

  private static String name(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName()
        + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
  }

  // ---- the objects ------------------------------------------------------------------------

  /** Real objects of every kind, from the fixtures and runs2.csv; returns the analyses. */
  private List<Analysis> buildRoots() {
    Path data = Reference.dir().getParent().resolve("data");
    List<Analysis> analyses = new ArrayList<>();
    for (Path file : List.of(data.resolve("demo.csv"), Reference.file("runs2.csv"))) {
      Ingested in = HistoryReader.read(file, IngestOptions.defaults().withKeepResults(true));
      root(in);
      History h = in.history();
      Analysis an = Analysis.of(h, AnalysisOptions.defaults());
      analyses.add(an);
      root(an);
      root(Ranking.rank(h, Ranking.By.MAX));
      for (TaskAnalysis t : an.tasks()) {
        root(t);
        strings.add(t.prototype());
        snapshots(t);
        for (dev.llmchem.engine.interaction.InteractionIndex index
            : dev.llmchem.engine.interaction.InteractionIndex.values()) {
          root(t.interactions(index));
        }
      }
      TaskAnalysis t0 = an.tasks().get(0);
      TaskEvaluation te = TaskEvaluation.of(an, t0, EvalOptions.defaults());
      root(te);
      root(Rq1.rows(te, ProgressListener.NONE));
      root(Rq2.rows(te, ProgressListener.NONE));
      root(Rq3.rows(te, ProgressListener.NONE));
      Box box = ChemistryMaps.taskBox(te);
      root(box);
      for (Strategy s : Strategy.values()) {
        for (SizeGroup g : SizeGroup.values()) {
          root(ChemistryMaps.candidates(te, s, g));
          root(ChemistryMaps.map(te, box, s, g, Representatives.Pick.MID, 12,
              ProgressListener.NONE));
        }
        root(SizeStats.of(te.configurations().of(s)));
      }
      root(Stats.pearson(new double[] {1, 2, 3}, new double[] {2, 1, 4}));
      root(dev.llmchem.eval.Table4.rows(te));
      if (analyses.size() == 1) { // demo: bootstrap and explanation
        dev.llmchem.engine.bootstrap.BootstrapOptions bo =
            dev.llmchem.engine.bootstrap.BootstrapOptions.of(20).withThreads(1);
        root(bo);
        Bootstrap boot = Bootstrap.of(an);
        root(boot);
        root(boot.run(t0, bo));
        Chemistry c0 = t0.chemistry();
        root(c0.explain(c0.recommend(), RecommendOptions.defaults()));
      }
    }
    // an explanation of a fallback (no chemistry entries)
    dev.llmchem.engine.recommend.RecommendProblem fp =
        dev.llmchem.engine.recommend.RecommendProblem.of(new String[] {"a", "b"},
            new double[4], false, new long[] {3}, new double[] {0.95, 0.2},
            new double[] {9.5, 2});
    root(dev.llmchem.engine.recommend.Explainer.explain(fp,
        dev.llmchem.engine.recommend.Recommender.reference(fp,
            dev.llmchem.engine.recommend.RecommendParams.DEFAULTS),
        dev.llmchem.engine.recommend.RecommendParams.DEFAULTS, 0, null));
    // a lenient read with warnings and rejections, and the failures of strict ones
    root(HistoryReader.read(data.resolve("dirty.csv"),
        IngestOptions.defaults().withMode(IngestOptions.Mode.LENIENT)));
    try {
      HistoryReader.read(data.resolve("unterminated.csv"));
    } catch (InputException e) {
      root(e);
    }
    try {
      CostKernel.checkSize(CostKernel.MAX_USED + 1);
    } catch (LimitException e) {
      root(e);
    }
    root(new CancelledException("the walk", 0.5));
    // live: a snapshot, an update with changed tasks and pairs, the writer's delta
    History demo = HistoryReader.read(data.resolve("demo.csv")).history();
    LiveAnalysis live = LiveAnalysis.of(demo, AnalysisOptions.defaults());
    root(live.snapshot());
    root(live.append(dev.llmchem.engine.live.LiveRow.of("Trial_x", "o1-mini",
        "fix buggy program", 9.9, 1.0)));
    dev.llmchem.engine.live.LiveState st = new dev.llmchem.engine.live.LiveState(
        AnalysisOptions.defaults());
    st.stage(demo);
    root(st.publish());
    // MIG of demo's first task
    TaskAnalysis t = analyses.get(0).tasks().get(0);
    CostTable ct = t.costTable();
    UsedMap map = new UsedMap(t.universeSize(), ct.bitToS());
    Mig mig = Mig.build(map, ct.table());
    root(map);
    root(mig);
    root(MigExport.nodes(mig, t.models()));
    UsedSet u = t.used();
    root(Eq1Cheme.sequential(u.penalties(), u.members(), u.universeSize()));
    // grading: the hand sheet of ConsensusTest
    GradeSheet sheet = new GradeSheet(List.of("T1", "T2"), List.of("x", "y", "z"),
        new int[] {0, 0, 1}, List.of("Item_0", "Item_1", "Item_0"), new int[] {0, 1, 0},
        new double[] {1.0, Double.NaN, Double.NaN},
        new int[] {0, 0, 0, 1, 1, 1, 2}, new int[] {0, 1, 2, 0, 1, 2, 1},
        new double[] {6, 8, 7, 2, 4, 3, 9}, new long[] {2, 3, 4, 5, 6, 7, 8});
    root(sheet);
    Consensus.Result result = Consensus.run(sheet, MvleParams.defaults());
    root(result);
    root(Consensus.columns(sheet, result));
    root(Mvle.solve(2, 3, new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 1, 2, 0, 1, 2},
        new double[] {6, 8, 7, 2, 4, 3}, MvleParams.defaults()));
    Dictionary d = new Dictionary();
    d.intern("a");
    d.intern("b");
    root(d);
    strings.add("no such model");
    return analyses;
  }

  /** CHEME snapshots of {@code t} by every method that can run, and their answers. */
  private void snapshots(TaskAnalysis t) {
    List<Chemistry> snaps = new ArrayList<>();
    for (ChemeOptions o : List.of(ChemeOptions.defaults(),
        ChemeOptions.defaults().withMethod(ChemeOptions.Method.EXACT_EQ1),
        ChemeOptions.defaults().withMethod(ChemeOptions.Method.DENSE).withThreads(1),
        ChemeOptions.defaults().withMethod(ChemeOptions.Method.NAIVE))) {
      try {
        snaps.add(t.chemistry(o));
      } catch (LimitException e) {
        // beyond this method's reach on this task
      }
    }
    CostTable own = CostTable.of(t.costTable().table(), t.costTable().bitToS(),
        t.universeSize());
    root(own);
    snaps.add(t.chemistry(own, ChemeOptions.defaults().withMethod(ChemeOptions.Method.DENSE)));
    for (Chemistry c : snaps) {
      root(c);
      List<Chemistry.Entry> e = c.strongest(2, 0.0, false);
      for (Chemistry.Entry x : e) {
        strings.add(0, x.b());
        strings.add(0, x.a());
      }
      if (c.size() <= Chemistry.RECOMMEND_MAX_S) {
        root(c.recommend());
        root(c.recommend(RecommendOptions.defaults().withSize(Math.min(3, c.size()))));
        if (c.size() <= 20) {
          root(c.recommend(RecommendOptions.defaults()
              .withMethod(RecommendOptions.Method.EXACT)));
        }
      }
    }
    strings.add(t.models()[0]);
  }

  private void root(Object o) {
    if (o == null) {
      return;
    }
    if (o instanceof Collection<?> c) {
      c.stream().limit(5).forEach(this::root);
      return;
    }
    if (seen.add(o)) {
      catalogue.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
    }
  }

  /**
   * Adds what the roots' zero-argument methods return (and the elements of returned arrays
   * and collections), breadth first, up to {@link #PER_TYPE} per type and 4 levels deep.
   */
  private void harvest() {
    List<Object> level = new ArrayList<>();
    forEachInstance(level::add);
    for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
      List<Object> next = new ArrayList<>();
      for (Object o : level) {
        for (Method m : answers(o.getClass())) {
          if (m.getParameterCount() == 0) {
            collect(invoke(m, o, new Object[0]), next, 0);
          }
        }
      }
      level = next;
    }
  }

  private void collect(Object r, List<Object> next, int nesting) {
    if (r == null || r == NO_ANSWER || nesting > 2) {
      return;
    }
    if (r.getClass().isArray() && !r.getClass().getComponentType().isPrimitive()) {
      for (int i = 0; i < Math.min(3, Array.getLength(r)); i++) {
        collect(Array.get(r, i), next, nesting + 1);
      }
    } else if (r instanceof Collection<?> c) {
      c.stream().limit(3).forEach(e -> collect(e, next, nesting + 1));
    } else if (r instanceof Map<?, ?> m) {
      m.values().stream().limit(3).forEach(e -> collect(e, next, nesting + 1));
    } else if (isPublished(r.getClass()) && !seen.contains(r)
        && harvested.merge(r.getClass(), 1, Integer::sum) <= PER_TYPE) {
      catalogue.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
      seen.add(r);
      next.add(r);
    }
  }

  private List<Object> instancesOf(Class<?> type) {
    List<Object> out = new ArrayList<>();
    catalogue.forEach((k, v) -> {
      if (type.isAssignableFrom(k)) {
        out.addAll(v);
      }
    });
    return out;
  }

  private void forEachInstance(java.util.function.Consumer<Object> f) {
    for (List<Object> v : new ArrayList<>(catalogue.values())) {
      new ArrayList<>(v).forEach(f);
    }
  }

  // ---- calls --------------------------------------------------------------------------------

  private static final Object NO_ANSWER = new Object();

  /** The result, or {@link #NO_ANSWER} when the call threw (a refusal is an answer too). */
  private static Object invoke(Method m, Object o, Object[] args) {
    try {
      return m.invoke(o, args);
    } catch (InvocationTargetException e) {
      return NO_ANSWER;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Argument lists for {@code m}: every combination of candidates per parameter, at most
   * {@code limit}. Simple parameters only ({@code simpleOnly}) leaves out collected objects.
   */
  private List<Object[]> combos(Method m, Object on, boolean simpleOnly, int limit) {
    if (MUTABLE_BY_DESIGN.containsKey(on.getClass()) && m.getParameterCount() > 0) {
      return List.of();
    }
    List<List<Object>> choices = new ArrayList<>();
    for (Class<?> p : m.getParameterTypes()) {
      List<Object> c = candidates(p, simpleOnly);
      if (c.isEmpty()) {
        return List.of();
      }
      choices.add(c);
    }
    List<Object[]> out = new ArrayList<>();
    int[] at = new int[choices.size()];
    while (out.size() < limit) {
      Object[] args = new Object[at.length];
      for (int i = 0; i < at.length; i++) {
        args[i] = choices.get(i).get(at[i]);
      }
      out.add(args);
      int i = at.length - 1;
      while (i >= 0 && ++at[i] == choices.get(i).size()) {
        at[i--] = 0;
      }
      if (i < 0) {
        break;
      }
    }
    return out;
  }

  private List<Object> candidates(Class<?> p, boolean simpleOnly) {
    if (p == int.class) {
      return List.of(0, 1, 2);
    }
    if (p == long.class) {
      return List.of(0L, 1L, 6L, 0x7FL);
    }
    if (p == double.class) {
      return List.of(0.0, 0.25);
    }
    if (p == boolean.class) {
      return List.of(false, true);
    }
    if (p == byte.class) {
      return List.of((byte) 0, (byte) 1);
    }
    if (p == String.class) {
      return List.copyOf(new java.util.LinkedHashSet<>(strings));
    }
    if (p.isEnum()) {
      return List.of(p.getEnumConstants());
    }
    if (simpleOnly || p.isPrimitive() || p.isArray()) {
      return List.of();
    }
    return instancesOf(p).stream().limit(2).toList();
  }

  // ---- mutation --------------------------------------------------------------------------

  private static final double[] DOUBLES = {Double.NaN, 0.5, -1.0, Double.POSITIVE_INFINITY};
  private static final long[] LONGS = {-1L, 0L, Long.MAX_VALUE, 0x5555555555555555L};

  /** Fills arrays with garbage and changes collections, depth first. */
  @SuppressWarnings("unchecked")
  private void mutate(Object v) {
    if (v == null) {
      return;
    }
    Class<?> c = v.getClass();
    if (c.isArray()) {
      Class<?> t = c.getComponentType();
      int n = Array.getLength(v);
      for (int i = 0; i < n; i++) {
        if (t == double.class) {
          Array.setDouble(v, i, DOUBLES[i % DOUBLES.length]);
        } else if (t == float.class) {
          Array.setFloat(v, i, (float) DOUBLES[i % DOUBLES.length]);
        } else if (t == long.class) {
          Array.setLong(v, i, LONGS[i % LONGS.length]);
        } else if (t == int.class) {
          Array.setInt(v, i, (int) LONGS[i % LONGS.length]);
        } else if (t == short.class) {
          Array.setShort(v, i, (short) LONGS[i % LONGS.length]);
        } else if (t == byte.class) {
          Array.setByte(v, i, (byte) (LONGS[i % LONGS.length] ^ 0x7F));
        } else if (t == char.class) {
          Array.setChar(v, i, '\uFFFF');
        } else if (t == boolean.class) {
          Array.setBoolean(v, i, !Array.getBoolean(v, i));
        } else {
          mutate(Array.get(v, i));
          Array.set(v, i, t == String.class ? "\u0000garbage" : null);
        }
      }
      arraysFilled++;
    } else if (v instanceof Map<?, ?> m) {
      new ArrayList<>(m.values()).forEach(this::mutate);
      change(m::clear);
      change(() -> ((Map<Object, Object>) m).put("garbage", null));
    } else if (v instanceof List<?> l) {
      new ArrayList<>(l).forEach(this::mutate);
      if (!l.isEmpty()) {
        change(() -> ((List<Object>) l).set(0, null));
      }
      change(l::clear);
      change(() -> ((List<Object>) l).add(null));
    } else if (v instanceof Collection<?> col) {
      new ArrayList<>(col).forEach(this::mutate);
      change(col::clear);
      change(() -> ((Collection<Object>) col).add(null));
    }
  }

  private void change(Runnable r) {
    try {
      r.run();
      collectionChanges++;
    } catch (UnsupportedOperationException | NullPointerException | ClassCastException
        | IllegalArgumentException e) {
      collectionRefusals++;
    }
  }

  // ---- fingerprints ------------------------------------------------------------------------

  /**
   * Every answer of {@code o}: each public method with simple parameters, called with the
   * candidate arguments, its result rendered {@code depth} levels deep.
   */
  private String fingerprint(Object o, int depth) {
    StringBuilder b = new StringBuilder();
    for (Method m : answers(o.getClass())) {
      if (MUTABLE_BY_DESIGN.containsKey(o.getClass()) && m.getParameterCount() > 0) {
        continue;
      }
      for (Object[] args : combos(m, o, true, FINGERPRINT_COMBOS)) {
        String r;
        try {
          r = render(m.invoke(o, args), depth);
        } catch (InvocationTargetException e) {
          r = "!" + e.getCause().getClass().getSimpleName();
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        b.append(m.getName()).append(Arrays.deepToString(args)).append(" = ").append(r)
            .append('\n');
      }
    }
    return b.toString();
  }

  private String render(Object v, int depth) {
    if (v == null) {
      return "null";
    }
    Class<?> c = v.getClass();
    if (c.isArray()) {
      if (c.getComponentType().isPrimitive()) {
        return primitives(v);
      }
      StringJoiner j = new StringJoiner(", ", "[", "]");
      for (int i = 0; i < Array.getLength(v); i++) {
        j.add(render(Array.get(v, i), depth));
      }
      return j.toString();
    }
    if (v instanceof Map<?, ?> m) {
      TreeSet<String> parts = new TreeSet<>();
      m.forEach((k, x) -> parts.add(render(k, depth) + "=" + render(x, depth)));
      return "{" + String.join(", ", parts) + "}";
    }
    if (v instanceof Collection<?> col) {
      List<String> parts = new ArrayList<>();
      col.forEach(e -> parts.add(render(e, depth)));
      if (!(v instanceof List)) {
        parts.sort(null);
      }
      return parts.toString();
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean
        || v instanceof Character || v instanceof Enum) {
      return String.valueOf(v);
    }
    if (v instanceof Throwable) {
      return c.getName();
    }
    if (isPublished(c)) {
      if (depth <= 0) {
        return c.isRecord() ? stripIds(v.toString()) : c.getSimpleName();
      }
      return c.getSimpleName() + "{\n" + fingerprint(v, depth - 1).indent(2) + "}";
    }
    return c.isHidden() || c.isSynthetic() ? "<lambda>" : stripIds(String.valueOf(v));
  }

  private static String stripIds(String s) {
    return s.replaceAll("@[0-9a-f]+", "@");
  }

  private static String primitives(Object v) {
    String s;
    int h;
    if (v instanceof double[] a) {
      s = Arrays.toString(a.length > HASH_ABOVE ? new double[0] : a);
      h = Arrays.hashCode(a);
    } else if (v instanceof int[] a) {
      s = Arrays.toString(a.length > HASH_ABOVE ? new int[0] : a);
      h = Arrays.hashCode(a);
    } else if (v instanceof long[] a) {
      s = Arrays.toString(a.length > HASH_ABOVE ? new long[0] : a);
      h = Arrays.hashCode(a);
    } else if (v instanceof byte[] a) {
      s = Arrays.toString(a.length > HASH_ABOVE ? new byte[0] : a);
      h = Arrays.hashCode(a);
    } else if (v instanceof boolean[] a) {
      s = Arrays.toString(a.length > HASH_ABOVE ? new boolean[0] : a);
      h = Arrays.hashCode(a);
    } else if (v instanceof float[] a) {
      s = Arrays.toString(a.length > HASH_ABOVE ? new float[0] : a);
      h = Arrays.hashCode(a);
    } else if (v instanceof short[] a) {
      s = Arrays.toString(a.length > HASH_ABOVE ? new short[0] : a);
      h = Arrays.hashCode(a);
    } else {
      char[] a = (char[]) v;
      s = new String(a.length > HASH_ABOVE ? new char[0] : a);
      h = Arrays.hashCode(a);
    }
    return v.getClass().getComponentType() + "[" + Array.getLength(v) + "]#"
        + Integer.toHexString(h) + s;
  }

  private static String firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return "was '" + abbreviate(x[i]) + "', now '" + abbreviate(y[i]) + "'";
      }
    }
    return "answers " + x.length + " lines before, " + y.length + " after";
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  // ---- what snapshots built afterwards answer ----------------------------------------------

  /**
   * The answers of objects built now: a fresh analysis of each history, and fresh CHEME
   * snapshots (auto and exact-eq1) of every task of both analyses with their costs,
   * recommendations and witnesses.
   */
  private String world(List<Analysis> analyses) {
    StringBuilder b = new StringBuilder();
    for (Analysis an : analyses) {
      Analysis again = Analysis.of(an.history(), an.options());
      b.append(fingerprint(again, 1));
      for (Analysis a : List.of(an, again)) {
        for (TaskAnalysis t : a.tasks()) {
          b.append(t.prototype()).append(" cost(S) = ").append(t.costOfS()).append('\n');
          b.append(" costTable = ").append(primitives(t.costTable().table())).append('\n');
          b.append(" historicalConfigurations = ")
              .append(render(t.historicalConfigurations(), 0)).append('\n');
          b.append(orRefusal(() -> answers(t.chemistry())));
          b.append(orRefusal(() -> " shapley = " + primitives(t.interactions(
              dev.llmchem.engine.interaction.InteractionIndex.SHAPLEY).toArray()) + "\n"));
          b.append(orRefusal(() -> answers(t.chemistry(ChemeOptions.defaults()
              .withMethod(ChemeOptions.Method.EXACT_EQ1)))));
        }
      }
    }
    return b.toString();
  }

  /** The answers, or the refusal (a corrupted input may make the engine refuse). */
  private static String orRefusal(java.util.function.Supplier<String> answers) {
    try {
      return answers.get();
    } catch (RuntimeException e) {
      return "refused: " + e + "\n";
    }
  }

  private String answers(Chemistry c) {
    StringBuilder b = new StringBuilder();
    b.append(c.method()).append(' ').append(Arrays.toString(c.models())).append('\n');
    b.append(" matrix = ").append(primitives(c.matrix().toArray())).append('\n');
    b.append(" entries = ").append(c.entries()).append('\n');
    b.append(" partition = ").append(c.stablePartition(0.1, false)).append('\n');
    if (c.size() <= 64) {
      for (long m = 0; m < Math.min(1L << c.size(), 4096); m++) {
        b.append(c.cost(m)).append(' ');
      }
      b.append(c.cost(c.size() == 64 ? -1L : (1L << c.size()) - 1)).append('\n');
    }
    if (c.size() <= Chemistry.RECOMMEND_MAX_S) {
      b.append(" recommend = ").append(c.recommend()).append(' ')
          .append(c.names(c.recommend())).append('\n');
    }
    if (c.hasWitnesses()) {
      for (Chemistry.Entry e : c.entries().stream().limit(5).toList()) {
        b.append(" witness ").append(e).append(" = ").append(c.witness(e.a(), e.b()))
            .append('\n');
      }
    }
    return b.toString();
  }

  // ---- records copy what they are given ------------------------------------------------------

  /**
   * Every collected record with an array or collection component, rebuilt through its
   * canonical constructor from mutable copies of its components: mutating those afterwards
   * must not change it.
   */
  private int recordsCopyWhatTheyAreGiven(List<Class<?>> published, List<String> failures)
      throws ReflectiveOperationException {
    int checked = 0;
    for (Class<?> type : published) {
      if (!type.isRecord() || instancesOf(type).isEmpty()) {
        continue;
      }
      RecordComponent[] rc = type.getRecordComponents();
      if (Arrays.stream(rc).noneMatch(r -> hands(r.getType()))) {
        continue;
      }
      Object o = instancesOf(type).get(0);
      Object[] args = new Object[rc.length];
      for (int i = 0; i < rc.length; i++) {
        Object v = rc[i].getAccessor().invoke(o);
        args[i] = v instanceof List<?> l ? new ArrayList<>(l)
            : v instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : v;
      }
      Constructor<?> k = type.getDeclaredConstructor(
          Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new));
      Object fresh = k.newInstance(args);
      String before = fingerprint(fresh, 1);
      for (Object a : args) {
        mutate(a);
      }
      String after = fingerprint(fresh, 1);
      if (!after.equals(before)) {
        failures.add("the " + type.getSimpleName() + " constructor keeps an array or collection"
            + " it was given: " + firstDifference(before, after));
      }
      checked++;
    }
    assertThat(checked).as("records with array or collection components checked")
        .isGreaterThan(5);
    return checked;
  }

  // ---- static state --------------------------------------------------------------------------

  /**
   * Public static fields never hold an array or a modifiable collection, and what a
   * zero-argument static method returns cannot change its next answer.
   */
  private void staticState(List<Class<?>> published, List<String> failures)
      throws ReflectiveOperationException {
    for (Class<?> type : published) {
      for (Field f : type.getFields()) {
        if (!Modifier.isStatic(f.getModifiers()) || !hands(f.getType())) {
          continue;
        }
        Object v = f.get(null);
        String before = render(v, 0);
        if (f.getType().isArray() || !Modifier.isFinal(f.getModifiers())) {
          failures.add(type.getSimpleName() + "." + f.getName() + " is a public static array"
              + " or non-final field");
          continue;
        }
        long changed = collectionChanges;
        mutate(v);
        if (collectionChanges != changed || !render(f.get(null), 0).equals(before)) {
          failures.add(type.getSimpleName() + "." + f.getName() + " can be modified");
        }
      }
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && hands(m.getReturnType()) && m.getDeclaringClass() == type) {
          Object first = m.invoke(null);
          String before = render(first, 0);
          mutate(first);
          if (!render(m.invoke(null), 0).equals(before)) {
            failures.add(name(m) + ": mutating its result changed its next answer");
          }
        }
      }
    }
  }
}
