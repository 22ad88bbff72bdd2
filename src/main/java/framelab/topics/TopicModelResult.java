package framelab.topics;

import framelab.stats.Bootstrap;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted model with everything drawn from it: top terms, quality per topic, shares by group, the
 * topics that differ most between groups and representative units. Immutable.
 */
public final class TopicModelResult {
    private final FittedModel fit;
    private final TopicRequest request;
    private final String[] labels;
    private final TopicModelRow summary;
    private final List<TopicTermRow> terms;
    private final List<TopicQualityRow> quality;
    private final List<TopicShareRow> shares;
    private final List<TopicDifferenceRow> differences;
    private final List<TopicExampleRow> examples;

    TopicModelResult(FittedModel fit, TopicRequest request, String[] labels, TopicModelRow summary, List<TopicTermRow> terms,
                     List<TopicQualityRow> quality, List<TopicShareRow> shares, List<TopicDifferenceRow> differences,
                     List<TopicExampleRow> examples) {
        this.fit = fit;
        this.request = request;
        this.labels = labels.clone();
        this.summary = summary;
        this.terms = List.copyOf(terms);
        this.quality = List.copyOf(quality);
        this.shares = List.copyOf(shares);
        this.differences = List.copyOf(differences);
        this.examples = List.copyOf(examples);
    }

    TopicModelResult withExamples(List<TopicExampleRow> ex) {
        return new TopicModelResult(fit, request, labels, summary, terms, quality, shares, differences, ex);
    }

    public String name() { return fit.name(); }
    /** Wall time of the fit itself (LDA: MALLET's sampling), for progress messages and benchmarks; not in any CSV. */
    public long fitMillis() { return fit.fitMillis(); }
    public Method method() { return fit.method(); }
    public int k() { return fit.k(); }
    public TopicModelRow summary() { return summary; }
    public List<TopicTermRow> terms() { return terms; }
    public List<TopicQualityRow> quality() { return quality; }
    /** Shares by the analysis' group field. */
    public List<TopicShareRow> shares() { return shares; }
    public List<TopicDifferenceRow> differences() { return differences; }
    public List<TopicExampleRow> examples() { return examples; }
    /** LL/token every 10 iterations ({iteration, value}); empty for clusterings. */
    public List<double[]> trace() { return fit.trace(); }
    public String groupBy() { return fit.input().groupBy(); }

    /** The label of topic {@code t} (1-based): its three top terms. */
    public String label(int topic) {
        return labels[topic - 1];
    }

    public int units() { return fit.input().size(); }

    /** Unit {@code u}'s proportion of topic {@code t} (1-based). */
    public double proportion(int unit, int topic) {
        return fit.theta()[unit][topic - 1];
    }

    public framelab.dtm.DocumentTermMatrix.RowInfo unit(int u) {
        return fit.input().unit(u);
    }

    public String group(int u) {
        return fit.input().groupName(u);
    }

    /** Every unit × topic proportion (LDA) or every unit's cluster (clusterings), in unit order then topic order. */
    public List<TopicUnitRow> unitRows() {
        List<TopicUnitRow> rows = new ArrayList<>();
        for (int u = 0; u < units(); u++) {
            var info = unit(u);
            for (int t = 1; t <= k(); t++) {
                double p = proportion(u, t);
                if (method().hard() && p == 0) continue;
                rows.add(new TopicUnitRow(name(), k(), info.docId(), info.unitId(), group(u), t, p));
            }
        }
        return rows;
    }

    /** Shares by another metadata field (tabloid/broadsheet, say), with the request's bootstrap. */
    public List<TopicShareRow> sharesBy(String field) {
        return sharesBy(field, request.bootstrap());
    }

    public List<TopicShareRow> sharesBy(String field, Bootstrap b) {
        TopicInput in = fit.input().regroup(field);
        return TopicShares.shares(fit, in, labels, b, request.threads());
    }

    /** The topics that differ most between the values of another metadata field. */
    public List<TopicDifferenceRow> differencesBy(String field) {
        TopicInput in = fit.input().regroup(field);
        return TopicShares.differences(fit, in, labels, request.bootstrap(), request.minGroupUnits());
    }
}
