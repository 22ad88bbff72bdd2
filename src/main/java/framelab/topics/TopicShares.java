package framelab.topics;

import framelab.stats.Bootstrap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Topic shares by group and the topics that differ most between groups.
 *
 * <p>A group's share of topic k is the mean over its units of their proportion of k (Roberts et al.'s
 * "expected topic proportions"); the shares of a group sum to 1. The 95% interval is a percentile
 * bootstrap (Efron &amp; Tibshirani 1993) over the group's units: each resample draws the group's
 * units with replacement and recomputes all K shares from the same draw, so the intervals of one
 * group come from one set of resamples. Every group has its own generator, seeded from the
 * bootstrap seed, the model and the group name, so results do not depend on group order or threads.
 * The units are treated as independent draws; paragraphs of one article are not, so with paragraph
 * units the intervals are too narrow — read them as a lower bound on the uncertainty.
 */
final class TopicShares {
    private TopicShares() {
    }

    static List<TopicShareRow> shares(FittedModel m, TopicInput in, String[] labels, Bootstrap boot, int threads) {
        int groups = in.groups().size();
        int[][] members = members(in);
        @SuppressWarnings("unchecked")
        List<TopicShareRow>[] out = new List[groups];
        IntStream idx = IntStream.range(0, groups);
        if (threads > 1) idx = idx.parallel();
        idx.forEach(g -> out[g] = groupShares(m, in, labels, boot, g, members[g]));
        List<TopicShareRow> rows = new ArrayList<>();
        for (List<TopicShareRow> l : out) rows.addAll(l);
        return rows;
    }

    static int[][] members(TopicInput in) {
        int[] sizes = in.groupSizes();
        int[][] members = new int[sizes.length][];
        for (int g = 0; g < sizes.length; g++) members[g] = new int[sizes[g]];
        int[] fill = new int[sizes.length];
        for (int u = 0; u < in.size(); u++) members[in.groupOf(u)][fill[in.groupOf(u)]++] = u;
        return members;
    }

    private static List<TopicShareRow> groupShares(FittedModel m, TopicInput in, String[] labels, Bootstrap boot, int g, int[] units) {
        int k = m.k();
        String group = in.groups().get(g);
        double[] mean = meanOf(m.theta(), units, k);
        double[][] ci = interval(m.theta(), units, k, boot.forKey(m.name() + "\u0000" + in.groupBy() + "\u0000" + group));
        List<TopicShareRow> rows = new ArrayList<>(k);
        for (int t = 0; t < k; t++) {
            rows.add(new TopicShareRow(m.name(), k, in.groupBy(), group, t + 1, labels[t], units.length, mean[t], ci[t][0], ci[t][1]));
        }
        return rows;
    }

    static double[] meanOf(double[][] theta, int[] units, int k) {
        double[] s = new double[k];
        for (int u : units) for (int t = 0; t < k; t++) s[t] += theta[u][t];
        for (int t = 0; t < k; t++) s[t] = units.length == 0 ? Double.NaN : s[t] / units.length;
        return s;
    }

    /** {low, high} per topic: one resample of the units per replicate, all topics from it. */
    static double[][] interval(double[][] theta, int[] units, int k, Bootstrap boot) {
        double[][] ci = new double[k][2];
        int n = units.length;
        if (n <= 1) {
            double[] m = meanOf(theta, units, k);
            for (int t = 0; t < k; t++) ci[t][0] = ci[t][1] = m[t];
            return ci;
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(boot.seed());
        int b = boot.resamples();
        double[][] reps = new double[k][b];
        double[] acc = new double[k];
        for (int r = 0; r < b; r++) {
            Arrays.fill(acc, 0);
            for (int i = 0; i < n; i++) {
                double[] row = theta[units[rng.nextInt(n)]];
                for (int t = 0; t < k; t++) acc[t] += row[t];
            }
            for (int t = 0; t < k; t++) reps[t][r] = acc[t] / n;
        }
        double alpha = (1 - boot.level()) / 2;
        for (int t = 0; t < k; t++) {
            Arrays.sort(reps[t]);
            ci[t][0] = quantile(reps[t], alpha);
            ci[t][1] = quantile(reps[t], 1 - alpha);
        }
        return ci;
    }

    /** R's type-7 quantile of sorted values, as {@link Bootstrap} uses. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Per topic, among groups with at least {@code minUnits} units: the groups with the largest and
     * smallest share, the difference with a bootstrap interval (each group resampled on its own), and
     * η². Ordered by difference, largest first. Picking the extreme groups after looking favours
     * large differences, most of all among many small groups: the interval does not correct for that.
     */
    static List<TopicDifferenceRow> differences(FittedModel m, TopicInput in, String[] labels, Bootstrap boot, int minUnits) {
        int[][] members = members(in);
        List<Integer> eligible = new ArrayList<>();
        for (int g = 0; g < members.length; g++) if (members[g].length >= minUnits) eligible.add(g);
        List<TopicDifferenceRow> rows = new ArrayList<>();
        if (eligible.size() < 2) return rows;
        int k = m.k();
        double[][] means = new double[members.length][];
        for (int g : eligible) means[g] = meanOf(m.theta(), members[g], k);
        int total = 0;
        for (int g : eligible) total += members[g].length;
        for (int t = 0; t < k; t++) {
            int hi = eligible.get(0), lo = eligible.get(0);
            double grand = 0;
            for (int g : eligible) {
                if (means[g][t] > means[hi][t]) hi = g;
                if (means[g][t] < means[lo][t]) lo = g;
                grand += means[g][t] * members[g].length;
            }
            grand /= total;
            double between = 0, within = 0;
            for (int g : eligible) {
                between += members[g].length * sq(means[g][t] - grand);
                for (int u : members[g]) within += sq(m.theta()[u][t] - means[g][t]);
            }
            double eta = between + within > 0 ? between / (between + within) : 0;
            double[] a = column(m.theta(), members[hi], t), b = column(m.theta(), members[lo], t);
            String key = m.name() + "\u0000" + in.groupBy() + "\u0000" + (t + 1);
            double[] ci = boot.forKey(key).differenceInterval(a, b);
            rows.add(new TopicDifferenceRow(m.name(), k, in.groupBy(), t + 1, labels[t], in.groups().get(hi), means[hi][t],
                    in.groups().get(lo), means[lo][t], means[hi][t] - means[lo][t], ci[0], ci[1], eta, eligible.size()));
        }
        rows.sort(Comparator.comparingDouble(TopicDifferenceRow::difference).reversed().thenComparingInt(TopicDifferenceRow::topic));
        return rows;
    }

    private static double[] column(double[][] theta, int[] units, int t) {
        double[] c = new double[units.length];
        for (int i = 0; i < units.length; i++) c[i] = theta[units[i]][t];
        return c;
    }

    private static double sq(double x) {
        return x * x;
    }
}
