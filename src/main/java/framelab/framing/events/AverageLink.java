package framelab.framing.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Average-linkage agglomerative clustering (UPGMA; Sokal &amp; Michener 1958; Manning et al. 2008, §17.3)
 * of date-sorted documents over a sparse graph of links, with a date constraint.
 *
 * <p>The linkage of clusters A and B is the mean similarity over all pairs a ∈ A, b ∈ B:
 * {@code (1 − w)·(S_A · S_B)/(|A||B|) + w·Σ J(a, b)/(|A||B|)}, where S is the sum of the members' unit
 * TF-IDF vectors (so the cosine part is exact, Manning et al. eq. 17.1) and the actor part sums Jaccard
 * indexes over the clusters' actor-set histograms. The pair with the highest linkage is merged while that
 * linkage is at least the threshold, but only pairs joined by a link are candidates (the highest pairwise
 * similarity bounds the mean, so no merge at the threshold is missed), and only when every member of the
 * merged cluster lies within {@code window} days of its median date.
 *
 * <p>Why not single linkage: it joins two clusters on their single closest pair, so day-by-day coverage
 * of a running story chains into one "event" spanning weeks. The mean over all pairs falls as a cluster
 * spreads, and the median-date rule caps an event at 2 × window days whatever the text says.
 *
 * <p>Ties are broken by the clusters' first members (date, then id order), so the result depends only
 * on the set of documents. Single-threaded; not for sharing.
 */
final class AverageLink {
    private final TfIdfVectors vectors;
    private final ActorSets actors;
    private final long[] days;
    private final double actorWeight;
    private final double threshold;
    private final int window;
    private final List<Cluster> clusters = new ArrayList<>();

    private static final class Cluster {
        int[] members;
        int[] terms;
        double[] sums;
        int[] sets;
        int[] setCounts;
        final TreeSet<Integer> neighbours = new TreeSet<>();
        boolean alive = true;

        int first() { return members[0]; }
        int size() { return members.length; }
    }

    private record Candidate(double linkage, int a, int b, int lo, int hi) {
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::linkage).reversed()
            .thenComparingInt(Candidate::lo).thenComparingInt(Candidate::hi);

    AverageLink(TfIdfVectors vectors, ActorSets actors, long[] days, double actorWeight, double threshold, int window) {
        this.vectors = vectors;
        this.actors = actors;
        this.days = days;
        this.actorWeight = actorWeight;
        this.threshold = threshold;
        this.window = window;
        for (int d = 0; d < days.length; d++) {
            Cluster c = new Cluster();
            c.members = new int[] {d};
            c.terms = vectors.terms(d);
            c.sums = vectors.weights(d);
            c.sets = new int[] {actors.setOf(d)};
            c.setCounts = new int[] {1};
            clusters.add(c);
        }
    }

    /** Clusters along the links ({@code a[k] < b[k]}, similarity {@code s[k]}); returns the ids of the final clusters. */
    List<Integer> cluster(int[] a, int[] b, double[] s) {
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Math.max(16, a.length), ORDER);
        for (int k = 0; k < a.length; k++) {
            clusters.get(a[k]).neighbours.add(b[k]);
            clusters.get(b[k]).neighbours.add(a[k]);
            queue.add(new Candidate(s[k], a[k], b[k], a[k], b[k])); // two documents within the window always fit it
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            Cluster x = clusters.get(c.a());
            Cluster y = clusters.get(c.b());
            if (!x.alive || !y.alive) continue; // one side merged since this candidate was queued
            int id = merge(c.a(), c.b());
            Cluster m = clusters.get(id);
            for (int n : m.neighbours) {
                Cluster other = clusters.get(n);
                if (!fitsWindow(m.members, other.members)) continue;
                double l = linkage(m, other);
                if (l >= threshold) {
                    queue.add(new Candidate(l, Math.min(id, n), Math.max(id, n), Math.min(m.first(), other.first()),
                            Math.max(m.first(), other.first())));
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) if (clusters.get(i).alive) out.add(i);
        return out;
    }

    private int merge(int ia, int ib) {
        Cluster a = clusters.get(ia);
        Cluster b = clusters.get(ib);
        Cluster m = new Cluster();
        int id = clusters.size();
        m.members = mergeSorted(a.members, b.members);
        mergeVectors(a, b, m);
        mergeHistograms(a, b, m);
        a.alive = false;
        b.alive = false;
        for (Cluster side : List.of(a, b)) {
            for (int n : side.neighbours) {
                if (n == ia || n == ib) continue;
                m.neighbours.add(n);
                TreeSet<Integer> nn = clusters.get(n).neighbours;
                nn.remove(ia);
                nn.remove(ib);
                nn.add(id);
            }
        }
        a.neighbours.clear();
        b.neighbours.clear();
        clusters.add(m);
        return id;
    }

    /** Mean similarity over all pairs of members of two clusters. */
    private double linkage(Cluster a, Cluster b) {
        double pairs = (double) a.size() * b.size();
        double cos = TfIdfVectors.atMostOne(TfIdfVectors.dot(a.terms, a.sums, b.terms, b.sums) / pairs);
        if (actorWeight == 0) return cos;
        double jac = 0;
        for (int i = 0; i < a.sets.length; i++) {
            for (int j = 0; j < b.sets.length; j++) jac += (double) a.setCounts[i] * b.setCounts[j] * actors.jaccard(a.sets[i], b.sets[j]);
        }
        return (1 - actorWeight) * cos + actorWeight * jac / pairs;
    }

    /** True when every member of the union lies within the window of the union's median date. */
    private boolean fitsWindow(int[] a, int[] b) {
        long first = Math.min(days[a[0]], days[b[0]]);
        long last = Math.max(days[a[a.length - 1]], days[b[b.length - 1]]);
        if (last - first > 2L * window) return false;
        if (last - first <= window) return true; // the median lies between first and last
        int[] m = mergeSorted(a, b);
        return withinMedianWindow(m, days, window);
    }

    /** True when every member (sorted by date) lies within {@code window} days of the members' median date. */
    static boolean withinMedianWindow(int[] sortedMembers, long[] days, int window) {
        int n = sortedMembers.length;
        double median = (days[sortedMembers[(n - 1) / 2]] + days[sortedMembers[n / 2]]) / 2.0;
        return median - days[sortedMembers[0]] <= window && days[sortedMembers[n - 1]] - median <= window;
    }

    /** Mean similarity over all pairs of the cluster's members (NaN for one member). */
    double meanPairSimilarity(int cluster) {
        Cluster c = clusters.get(cluster);
        int[] members = c.members;
        int n = members.length;
        if (n < 2) return Double.NaN;
        double self = 0;
        for (int d : members) self += vectors.normSquared(d);
        double cos = TfIdfVectors.atMostOne((TfIdfVectors.dot(c.terms, c.sums, c.terms, c.sums) - self) / ((double) n * (n - 1)));
        if (actorWeight == 0) return cos;
        double jac = 0;
        for (int i = 0; i < c.sets.length; i++) {
            for (int j = 0; j < c.sets.length; j++) {
                double jj = actors.jaccard(c.sets[i], c.sets[j]);
                jac += (double) c.setCounts[i] * (i == j ? c.setCounts[j] - 1 : c.setCounts[j]) * jj;
            }
        }
        return (1 - actorWeight) * cos + actorWeight * jac / ((double) n * (n - 1));
    }

    /** Mean similarity of one member to the other members of its cluster (NaN for one member). */
    double memberSimilarity(int cluster, int doc) {
        Cluster c = clusters.get(cluster);
        int n = c.size();
        if (n < 2) return Double.NaN;
        double cos = TfIdfVectors.atMostOne((TfIdfVectors.dot(vectors.terms(doc), vectors.weights(doc), c.terms, c.sums) - vectors.normSquared(doc)) / (n - 1));
        if (actorWeight == 0) return cos;
        int own = actors.setOf(doc);
        double jac = -actors.jaccard(own, own);
        for (int i = 0; i < c.sets.length; i++) jac += c.setCounts[i] * actors.jaccard(own, c.sets[i]);
        return (1 - actorWeight) * cos + actorWeight * jac / (n - 1);
    }

    /** The {@code k} terms with the largest summed TF-IDF weight in the cluster (ties by term), comma-separated. */
    String label(int cluster, int k) {
        Cluster c = clusters.get(cluster);
        int[] top = new int[Math.min(k, c.terms.length)]; // positions into c.terms, best first: a selection, not a sort
        int filled = 0;
        for (int i = 0; i < c.terms.length; i++) {
            int at = filled;
            while (at > 0 && c.sums[i] > c.sums[top[at - 1]]) at--; // ties keep the earlier (smaller) term id first
            if (at >= top.length) continue;
            System.arraycopy(top, at, top, at + 1, Math.min(filled, top.length - 1) - at);
            top[at] = i;
            if (filled < top.length) filled++;
        }
        List<String> out = new ArrayList<>(filled);
        for (int i = 0; i < filled; i++) out.add(vectors.term(c.terms[top[i]]));
        return String.join(", ", out);
    }

    /** The members of a cluster, in date-then-id order (shared array: do not modify). */
    int[] members(int cluster) {
        return clusters.get(cluster).members;
    }

    private static int[] mergeSorted(int[] a, int[] b) {
        int[] m = new int[a.length + b.length];
        int i = 0, j = 0, k = 0;
        while (i < a.length && j < b.length) m[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        while (i < a.length) m[k++] = a[i++];
        while (j < b.length) m[k++] = b[j++];
        return m;
    }

    private static void mergeVectors(Cluster a, Cluster b, Cluster m) {
        int[] t = new int[a.terms.length + b.terms.length];
        double[] w = new double[t.length];
        int i = 0, j = 0, k = 0;
        while (i < a.terms.length || j < b.terms.length) {
            if (j == b.terms.length || (i < a.terms.length && a.terms[i] < b.terms[j])) {
                t[k] = a.terms[i];
                w[k++] = a.sums[i++];
            } else if (i == a.terms.length || b.terms[j] < a.terms[i]) {
                t[k] = b.terms[j];
                w[k++] = b.sums[j++];
            } else {
                t[k] = a.terms[i];
                w[k++] = a.sums[i++] + b.sums[j++];
            }
        }
        m.terms = Arrays.copyOf(t, k);
        m.sums = Arrays.copyOf(w, k);
    }

    private static void mergeHistograms(Cluster a, Cluster b, Cluster m) {
        int[] s = new int[a.sets.length + b.sets.length];
        int[] c = new int[s.length];
        int i = 0, j = 0, k = 0;
        while (i < a.sets.length || j < b.sets.length) {
            if (j == b.sets.length || (i < a.sets.length && a.sets[i] < b.sets[j])) {
                s[k] = a.sets[i];
                c[k++] = a.setCounts[i++];
            } else if (i == a.sets.length || b.sets[j] < a.sets[i]) {
                s[k] = b.sets[j];
                c[k++] = b.setCounts[j++];
            } else {
                s[k] = a.sets[i];
                c[k++] = a.setCounts[i++] + b.setCounts[j++];
            }
        }
        m.sets = Arrays.copyOf(s, k);
        m.setCounts = Arrays.copyOf(c, k);
    }
}

