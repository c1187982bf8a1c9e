package dev.llmchem.engine.history;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Interns strings to dense int ids in first-appearance order. Not thread-safe while being
 * built; {@link #freeze()} returns the immutable name table.
 */
public final class Dictionary {
  private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
  private final List<String> names = new ArrayList<>();
  private String last;
  private int lastId;

  public Dictionary() {
    ids.defaultReturnValue(-1);
  }

  /**
   * The id of {@code s}, assigning the next id on first sight. The same String object as the
   * previous call's (readers hand repeated names over as one object) skips the lookup.
   */
  public int intern(String s) {
    if (s == last) {
      return lastId;
    }
    int id = ids.getInt(s);
    if (id < 0) {
      id = names.size();
      ids.put(s, id);
      names.add(s);
    }
    last = s;
    lastId = id;
    return id;
  }

  /** Number of distinct strings seen. */
  public int size() {
    return names.size();
  }

  /** The id of {@code s}, or -1 when it was never interned (nothing is assigned). */
  public int id(String s) {
    return ids.getInt(s);
  }

  /** The string of id {@code id}. */
  public String name(int id) {
    return names.get(id);
  }

  /** The names in id order (a copy). */
  public String[] freeze() {
    return names.toArray(new String[0]);
  }
}
