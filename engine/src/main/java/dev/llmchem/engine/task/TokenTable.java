package dev.llmchem.engine.task;

import java.util.Arrays;

/**
 * Interns tokens given as character ranges of a string into dense ids (first-appearance
 * order), allocating a String only for a token not seen before: open addressing with linear
 * probing over a power-of-two table, the cached hash compared before the characters. One
 * table per clustering; not thread-safe.
 */
final class TokenTable {
  private int[] slots = new int[1 << 12]; // id + 1, 0 = empty
  private int[] hashes = new int[1 << 11];
  private String[] words = new String[1 << 11];
  private int size;

  /** Number of distinct tokens interned. */
  int size() { return size; }

  /** The token of id {@code id}. */
  String word(int id) { return words[id]; }

  /** The id of {@code s.substring(from, to)}, interning it when new. */
  int intern(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    int mask = slots.length - 1;
    int len = to - from;
    for (int p = mix(h) & mask; ; p = (p + 1) & mask) {
      int e = slots[p];
      if (e == 0) {
        return add(s.substring(from, to), h, p);
      }
      int id = e - 1;
      String w = words[id];
      if (hashes[id] == h && w.length() == len && s.regionMatches(from, w, 0, len)) {
        return id;
      }
    }
  }

  private int add(String word, int h, int slot) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    words[size] = word;
    hashes[size] = h;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    int[] next = new int[slots.length * 2];
    int mask = next.length - 1;
    for (int id = 0; id < size; id++) {
      int p = mix(hashes[id]) & mask;
      while (next[p] != 0) {
        p = (p + 1) & mask;
      }
      next[p] = id + 1;
    }
    slots = next;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
