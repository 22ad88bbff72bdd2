import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A floor for bench/freq-benchmark.sh: the least a plain JVM program does for "count words per source, then
 * keyness of one source", so that framelab's time can be split into what the JVM costs and what framelab adds.
 * Reads the whole TSV (ABP news layout: source in column 2, text in column 4), splits it in two halves for two
 * threads, takes runs of ASCII letters and digits plus every non-ASCII byte as words (lowercased ASCII), counts
 * them in one open-addressing table per thread and per source, merges the two tables and computes G² of one
 * source against the rest. No cleaning, no lexical diversity, no output files: not a tokenizer to use.
 *
 * <pre>
 * javac -d /tmp/floor bench/floor/WordCountFloor.java
 * /usr/bin/time -f '%e s %M KB' java -XX:+UseParallelGC -Xmx2g -cp /tmp/floor WordCountFloor abp_news.tsv "CNN (Web News)"
 * </pre>
 * Results: bench/RESULTS.md, "Stop 12".
 */
public class WordCountFloor {
  static final class Table { // bytes -> id, open addressing
    byte[] store = new byte[1 << 20]; int storeLen;
    int[] off = new int[1 << 16], len = new int[1 << 16]; int n;
    int[] slots = new int[1 << 17]; // id+1
    int mask = (1 << 17) - 1;
    int get(byte[] b, int s, int e, int h) {
      int i = h & mask;
      while (true) {
        int v = slots[i];
        if (v == 0) return add(b, s, e, i);
        int id = v - 1;
        if (len[id] == e - s && Arrays.equals(store, off[id], off[id] + len[id], b, s, e)) return id;
        i = (i + 1) & mask;
      }
    }
    int add(byte[] b, int s, int e, int slot) {
      int l = e - s;
      if (storeLen + l > store.length) store = Arrays.copyOf(store, store.length * 2);
      for (int k = 0; k < l; k++) { byte c = b[s + k]; store[storeLen + k] = (c >= 'A' && c <= 'Z') ? (byte) (c + 32) : c; }
      if (n == off.length) { off = Arrays.copyOf(off, n * 2); len = Arrays.copyOf(len, n * 2); }
      off[n] = storeLen; len[n] = l; storeLen += l;
      slots[slot] = ++n;
      if (n * 2 > slots.length) rehash();
      return n - 1;
    }
    void rehash() {
      slots = new int[slots.length * 2]; mask = slots.length - 1;
      for (int id = 0; id < n; id++) {
        int h = hash(store, off[id], off[id] + len[id]);
        int i = h & mask; while (slots[i] != 0) i = (i + 1) & mask; slots[i] = id + 1;
      }
    }
    String term(int id) { return new String(store, off[id], len[id], java.nio.charset.StandardCharsets.UTF_8); }
  }
  static final class IntCounts { int[] keys = new int[64], vals = new int[64]; int n;
    void inc(int id) { int k = id + 1; int m = keys.length - 1; int i = (k * 0x9E3779B9) >>> 7 & m;
      while (true) { int v = keys[i]; if (v == k) { vals[i]++; return; } if (v == 0) { keys[i] = k; vals[i] = 1; if (++n * 2 > keys.length) grow(); return; } i = (i + 1) & m; } }
    void grow() { int[] ok = keys, ov = vals; keys = new int[ok.length * 2]; vals = new int[ok.length * 2]; int m = keys.length - 1;
      for (int j = 0; j < ok.length; j++) if (ok[j] != 0) { int i = (ok[j] * 0x9E3779B9) >>> 7 & m; while (keys[i] != 0) i = (i + 1) & m; keys[i] = ok[j]; vals[i] = ov[j]; } }
  }
  static int hash(byte[] b, int s, int e) { int h = 0; for (int i = s; i < e; i++) { int c = b[i]; if (c >= 'A' && c <= 'Z') c += 32; h = h * 31 + c; } return h ^ (h >>> 15); }
  static boolean word(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c < 0; }

  static final class Part implements Callable<Part> {
    final byte[] b; final int from, to; final Table t = new Table();
    final Map<String, IntCounts> perSource = new HashMap<>();
    Part(byte[] b, int from, int to) { this.b = b; this.from = from; this.to = to; }
    public Part call() {
      int p = from; int[] ids = new int[1 << 16];
      while (p < to) {
        int eol = p; while (eol < to && b[eol] != '\n') eol++;
        int t1 = p; while (t1 < eol && b[t1] != '\t') t1++;
        int t2 = t1 + 1; while (t2 < eol && b[t2] != '\t') t2++;
        int t3 = t2 + 1; while (t3 < eol && b[t3] != '\t') t3++;
        String src = new String(b, t1 + 1, Math.max(0, t2 - t1 - 1), java.nio.charset.StandardCharsets.UTF_8);
        IntCounts counts = perSource.computeIfAbsent(src, k -> new IntCounts());
        int i = t3 + 1;
        while (i < eol) {
          while (i < eol && !word(b[i])) i++;
          int s = i; int h = 0;
          while (i < eol && word(b[i])) { int c = b[i]; if (c >= 65 && c <= 90) { c += 32; b[i] = (byte) c; } h = h * 31 + c; i++; }
          if (i > s) {
            int id = t.get(b, s, i, h ^ (h >>> 15));
            counts.inc(id);
          }
        }
        p = eol + 1;
      }
      return this;
    }
  }

  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    byte[] b = Files.readAllBytes(Path.of(a[0]));
    String target = a[1];
    int start = 0; while (b[start] != '\n') start++; start++;
    int mid = b.length / 2; while (b[mid] != '\n') mid++; mid++;
    ExecutorService ex = Executors.newFixedThreadPool(2);
    Future<Part> f1 = ex.submit(new Part(b, start, mid)), f2 = ex.submit(new Part(b, mid, b.length));
    Part p1 = f1.get(), p2 = f2.get(); ex.shutdown();
    long t1 = System.nanoTime();
    // merge: global vocabulary
    HashMap<String, Integer> vocab = new HashMap<>();
    int[][] maps = new int[2][];
    Part[] parts = {p1, p2};
    for (int k = 0; k < 2; k++) { Part p = parts[k]; maps[k] = new int[p.t.n]; for (int id = 0; id < p.t.n; id++) { String s = p.t.term(id); Integer g = vocab.get(s); if (g == null) { g = vocab.size(); vocab.put(s, g); } maps[k][id] = g; } }
    int V = vocab.size();
    long[] tgt = new long[V], all = new long[V];
    for (int k = 0; k < 2; k++) for (var e : parts[k].perSource.entrySet()) { IntCounts c = e.getValue(); boolean isT = e.getKey().equals(target); for (int s2 = 0; s2 < c.keys.length; s2++) { if (c.keys[s2] == 0) continue; int g = maps[k][c.keys[s2] - 1]; all[g] += c.vals[s2]; if (isT) tgt[g] += c.vals[s2]; } }
    long T = 0, N = 0; for (int g = 0; g < V; g++) { T += tgt[g]; N += all[g]; }
    double best = 0; int bestG = -1; double sum = 0;
    for (int g = 0; g < V; g++) { double a1 = tgt[g], b1 = all[g] - tgt[g], c1 = T - a1, d1 = (N - T) - b1; double e1 = (a1 + b1) * T / N, e2 = (a1 + b1) * (N - T) / N;
      double g2 = 2 * ((a1 > 0 ? a1 * Math.log(a1 / e1) : 0) + (b1 > 0 ? b1 * Math.log(b1 / e2) : 0)); sum += g2; if (g2 > best) { best = g2; bestG = g; } }
    long t2 = System.nanoTime();
    String top = null; for (var e : vocab.entrySet()) if (e.getValue() == bestG) top = e.getKey();
    System.out.printf("vocab %d tokens %d target %d top %s g2 %.1f; count %.2f s, merge+g2 %.2f s%n", V, N, T, top, best, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }
}
