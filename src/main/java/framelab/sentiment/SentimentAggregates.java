package framelab.sentiment;

import framelab.stats.Bootstrap;
import framelab.stats.CliffsDelta;
import framelab.stats.MultipleTesting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Tone per group, with uncertainty: for every lexicon × measure × group the number of units, mean,
 * standard deviation (n − 1), median, a seeded percentile-bootstrap 95% CI of the mean and the shares
 * of positive and negative units; and for every pair of groups the difference of means with its
 * bootstrap CI, the two-sided Mann–Whitney U test (Commons Statistics; exact for small samples without
 * ties, else the normal approximation with continuity correction) and Cliff's delta, with p-values
 * adjusted (Benjamini–Hochberg by default) within each lexicon × measure.
 */
public final class SentimentAggregates {
    private SentimentAggregates() {
    }

    /** The neutral band: VADER's ±0.05 on compound (Hutto &amp; Gilbert 2014), 0 for every other measure. */
    public static double threshold(String lexicon, String measure) {
        return lexicon.equals("vader") && measure.equals("compound") ? 0.05 : 0.0;
    }

    private static Map<String, Map<String, double[]>> byMeasureAndGroup(List<SentimentRow> rows) {
        Map<String, Map<String, List<Double>>> m = new TreeMap<>();
        for (SentimentRow r : rows) {
            if (Double.isNaN(r.value())) continue;
            m.computeIfAbsent(r.lexicon() + "\u0000" + r.measure(), k -> new TreeMap<>())
                    .computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r.value());
        }
        Map<String, Map<String, double[]>> out = new TreeMap<>();
        m.forEach((k, groups) -> {
            Map<String, double[]> g = new TreeMap<>();
            groups.forEach((name, v) -> g.put(name, v.stream().mapToDouble(Double::doubleValue).toArray()));
            out.put(k, g);
        });
        return out;
    }

    public static List<GroupSummary> summarize(String groupBy, List<SentimentRow> rows, Bootstrap bootstrap) {
        List<GroupSummary> out = new ArrayList<>();
        byMeasureAndGroup(rows).forEach((key, groups) -> {
            String lexicon = key.substring(0, key.indexOf('\u0000'));
            String measure = key.substring(key.indexOf('\u0000') + 1);
            double th = threshold(lexicon, measure);
            groups.forEach((group, x) -> {
                DescriptiveStatistics d = new DescriptiveStatistics(x);
                double[] ci = bootstrap.forKey(key + "\u0000" + group).meanInterval(x);
                long pos = Arrays.stream(x).filter(v -> v > th).count();
                long neg = Arrays.stream(x).filter(v -> v < -th).count();
                out.add(new GroupSummary(groupBy, group, lexicon, measure, x.length, d.getMean(),
                        x.length > 1 ? d.getStandardDeviation() : Double.NaN, d.getPercentile(50), ci[0], ci[1],
                        (double) pos / x.length, (double) neg / x.length));
            });
        });
        return out;
    }

    public static List<GroupDifference> differences(String groupBy, List<SentimentRow> rows, Bootstrap bootstrap, MultipleTesting adjust) {
        List<GroupDifference> out = new ArrayList<>();
        byMeasureAndGroup(rows).forEach((key, groups) -> {
            String lexicon = key.substring(0, key.indexOf('\u0000'));
            String measure = key.substring(key.indexOf('\u0000') + 1);
            List<String> names = new ArrayList<>(groups.keySet());
            List<GroupDifference> block = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    double[] a = groups.get(names.get(i));
                    double[] b = groups.get(names.get(j));
                    double[] ci = bootstrap.forKey(key + "\u0000" + names.get(i) + "\u0000" + names.get(j)).differenceInterval(a, b);
                    var mw = MannWhitneyUTest.withDefaults().test(a, b);
                    block.add(new GroupDifference(groupBy, names.get(i), names.get(j), lexicon, measure, a.length, b.length,
                            mean(a) - mean(b), ci[0], ci[1], mw.getStatistic(), mw.getPValue(), Double.NaN, CliffsDelta.of(a, b)));
                }
            }
            double[] p = block.stream().mapToDouble(GroupDifference::p).toArray();
            double[] adj = adjust.adjust(p);
            for (int k = 0; k < block.size(); k++) {
                GroupDifference d = block.get(k);
                out.add(new GroupDifference(d.groupBy(), d.groupA(), d.groupB(), d.lexicon(), d.measure(), d.nA(), d.nB(), d.meanDiff(),
                        d.ciLow(), d.ciHigh(), d.u(), d.p(), adj[k], d.cliffsDelta()));
            }
        });
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }
}
