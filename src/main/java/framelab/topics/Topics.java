package framelab.topics;

import framelab.AnalysisResult;
import framelab.corpus.Cleaner;
import framelab.corpus.DocumentSource;
import framelab.dtm.DocumentTermMatrix;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Topics of a corpus as one call: fit one model per K on the units of an analysis (LDA through
 * MALLET, or a clustering through Smile), then per topic its top terms, label, size, coherence and
 * exclusivity, its share in each group with a bootstrap interval, the topics that differ most
 * between groups, and representative units with a text excerpt.
 * <pre>{@code
 * var wb = Workbench.open(Path.of("corpus")).withUnit(Unit.PARAGRAPH);
 * TopicRun run = Topics.fit(wb.result(), wb.corpus(), TopicRequest.lda(5).withIterations(500));
 * run.model(5).quality();            // label, size, coherence, exclusivity per topic
 * run.model(5).sharesBy("outlet_type");
 * }</pre>
 * Deterministic: the same units, request and thread count give the same result; with one thread,
 * the same on every machine.
 */
public final class Topics {
    /** Characters of text kept for each representative unit. */
    public static final int EXCERPT_CHARS = 300;

    private Topics() {
    }

    /**
     * Topics of the units of an analysis, grouped as the analysis was; {@code texts} (the corpus again,
     * or null for no excerpts) is read once more to fetch the text of the representative units.
     */
    public static TopicRun fit(AnalysisResult analysis, DocumentSource texts, TopicRequest req) {
        return fit(analysis, texts, req, m -> { });
    }

    /** The same, telling {@code done} about each model as it is finished (the CLI prints a line). */
    public static TopicRun fit(AnalysisResult analysis, DocumentSource texts, TopicRequest req, Consumer<TopicModelResult> done) {
        return fit(analysis.build().dtm(), analysis.request().groupBy(), analysis.request().unit(), analysis.request().cleaner(),
                texts, req, done);
    }

    /** Topics of the rows of a matrix built with {@code unit} units and {@code cleaner}. */
    public static TopicRun fit(DocumentTermMatrix dtm, String groupBy, Unit unit, Cleaner cleaner, DocumentSource texts,
                               TopicRequest req, Consumer<TopicModelResult> done) {
        TopicInput in = TopicInput.of(dtm, groupBy);
        if (in.size() == 0) throw new IllegalArgumentException("no unit has any term left to model (all " + dtm.rowCount() + " are empty)");
        List<String> notes = new ArrayList<>();
        if (in.emptyUnits() > 0) notes.add(in.emptyUnits() + " of " + dtm.rowCount() + " units have no terms left after analysis and are not modelled");
        int maxK = req.ks().stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (in.size() < 2 * maxK) {
            notes.add("only " + in.size() + " " + unit.label() + " units for up to " + maxK + " topics"
                    + (unit == Unit.DOCUMENT ? "; on a corpus this small, model paragraphs (--unit paragraph)" : "; expect unstable topics"));
        }
        List<FittedModel> fits = new ArrayList<>();
        List<TopicModelResult> draft = new ArrayList<>();
        if (req.method() == Method.LDA) {
            for (int k : req.ks()) {
                FittedModel f = LdaTrainer.fit(in, k, req);
                fits.add(f);
                TopicModelResult r = summarise(f, req, unit, in.emptyUnits(), Map.of());
                draft.add(r);
                done.accept(r);
            }
        } else {
            for (FittedModel f : ClusterTrainer.fit(in, req)) {
                fits.add(f);
                TopicModelResult r = summarise(f, req, unit, in.emptyUnits() + (in.size() - f.input().size()), Map.of());
                draft.add(r);
                done.accept(r);
            }
            if (!fits.isEmpty() && !fits.getFirst().note().isEmpty()) notes.add(fits.getFirst().note());
        }
        // one more pass over the corpus for the text of every representative unit of every model
        Set<String> unitIds = new HashSet<>();
        Set<String> docIds = new HashSet<>();
        for (TopicModelResult r : draft) {
            for (TopicExampleRow e : r.examples()) {
                unitIds.add(e.unitId());
                docIds.add(e.docId());
            }
        }
        Map<String, String> text = texts == null ? Map.of() : Excerpts.of(texts, cleaner, unit, unitIds, docIds, EXCERPT_CHARS);
        List<TopicModelResult> models = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            models.add(withExcerpts(draft.get(i), text));
        }
        return new TopicRun(req, unit.label(), groupBy, models, notes);
    }

    private static TopicModelResult withExcerpts(TopicModelResult r, Map<String, String> text) {
        if (text.isEmpty()) return r;
        List<TopicExampleRow> ex = new ArrayList<>();
        for (TopicExampleRow e : r.examples()) {
            ex.add(new TopicExampleRow(e.model(), e.k(), e.topic(), e.label(), e.rank(), e.docId(), e.unitId(), e.group(), e.proportion(),
                    e.similarity(), text.getOrDefault(e.unitId(), "")));
        }
        return r.withExamples(ex);
    }

    static TopicModelResult summarise(FittedModel f, TopicRequest req, Unit unit, int excluded, Map<String, String> text) {
        TopicInput in = f.input();
        int k = f.k();
        int[][] top = new int[k][];
        int[][] qualityTop = new int[k][];
        String[] labels = new String[k];
        List<Integer> union = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            top[t] = f.topTerms(t, Math.max(req.topTerms(), TopicRequest.QUALITY_TERMS));
            qualityTop[t] = java.util.Arrays.copyOf(top[t], Math.min(TopicRequest.QUALITY_TERMS, top[t].length));
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < Math.min(TopicRequest.LABEL_TERMS, top[t].length); i++) l.append(i > 0 ? " / " : "").append(in.term(top[t][i]));
            labels[t] = l.length() == 0 ? "(empty)" : l.toString();
            for (int v : qualityTop[t]) union.add(v);
        }
        Coherence co = Coherence.over(in, union.stream().mapToInt(Integer::intValue).toArray());
        List<TopicTermRow> terms = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            for (int i = 0; i < Math.min(req.topTerms(), top[t].length); i++) {
                terms.add(new TopicTermRow(f.name(), k, t + 1, i + 1, in.term(top[t][i]), f.weights()[t][top[t][i]]));
            }
        }
        int[] argmaxUnits = new int[k];
        double[] share = new double[k];
        for (int u = 0; u < in.size(); u++) {
            double[] row = f.theta()[u];
            int best = 0;
            for (int t = 0; t < k; t++) {
                share[t] += row[t];
                if (row[t] > row[best]) best = t;
            }
            argmaxUnits[best]++;
        }
        List<TopicQualityRow> quality = new ArrayList<>();
        double su = 0, sn = 0, se = 0;
        int cu = 0, cn = 0, ce = 0;
        for (int t = 0; t < k; t++) {
            double um = co.umass(qualityTop[t]), np = co.npmi(qualityTop[t]), ex = Exclusivity.of(f.phi(), t, qualityTop[t]);
            if (!Double.isNaN(um)) { su += um; cu++; }
            if (!Double.isNaN(np)) { sn += np; cn++; }
            if (!Double.isNaN(ex)) { se += ex; ce++; }
            quality.add(new TopicQualityRow(f.name(), k, t + 1, labels[t], f.size()[t], share[t] / in.size(), argmaxUnits[t], um, np, ex,
                    f.alpha() == null ? Double.NaN : f.alpha()[t]));
        }
        double alphaFitted = Double.NaN;
        if (f.alpha() != null) {
            alphaFitted = 0;
            for (double a : f.alpha()) alphaFitted += a;
        }
        boolean lda = f.method() == Method.LDA;
        TopicModelRow summary = new TopicModelRow(f.name(), f.method().label(), k, unit.label(), in.size(), excluded, in.tokens(),
                in.vocabularySize(), f.features(), f.method() == Method.HIERARCHICAL ? 0 : req.iterations(),
                f.method() == Method.HIERARCHICAL ? 0 : req.seed(), lda ? req.threads() : 1,
                lda ? req.alphaSum() : Double.NaN, lda ? req.beta() : Double.NaN, lda ? req.optimizeInterval() : 0,
                lda ? req.effectiveBurnIn() : 0, f.method() == Method.KMEANS ? req.restarts() : 0, alphaFitted, f.beta(), f.llPerToken(),
                cu == 0 ? Double.NaN : su / cu, cn == 0 ? Double.NaN : sn / cn, ce == 0 ? Double.NaN : se / ce, f.note());
        List<TopicShareRow> shares = TopicShares.shares(f, in, labels, req.bootstrap(), req.threads());
        List<TopicDifferenceRow> diffs = TopicShares.differences(f, in, labels, req.bootstrap(), req.minGroupUnits());
        List<TopicExampleRow> examples = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            int topic = t;
            double[] score = new double[in.size()];
            for (int u = 0; u < in.size(); u++) score[u] = f.method().hard() ? f.similarity()[u] : f.theta()[u][topic];
            int[] best = Ranking.top(score, u -> f.theta()[u][topic] > 0 && (!f.method().hard() || f.theta()[u][topic] == 1), req.examples());
            for (int i = 0; i < best.length; i++) {
                int u = best[i];
                var info = in.unit(u);
                examples.add(new TopicExampleRow(f.name(), k, t + 1, labels[t], i + 1, info.docId(), info.unitId(), in.groupName(u),
                        f.theta()[u][t], f.method().hard() ? f.similarity()[u] : Double.NaN, text.getOrDefault(info.unitId(), "")));
            }
        }
        return new TopicModelResult(f, req, labels, summary, terms, quality, shares, diffs, examples);
    }
}
