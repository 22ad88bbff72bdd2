package framelab.framing.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns merged {@link GroupTally}s into the three row lists of an {@link ActorResult}, in their fixed order. */
final class ActorTables {
    static final double LEVEL = 0.95;

    private ActorTables() {
    }

    static List<ActorMentionRow> mentions(String groupBy, Map<String, GroupTally> groups, List<String> actors) {
        List<ActorMentionRow> out = new ArrayList<>();
        groups.forEach((group, g) -> {
            for (int a = 0; a < actors.size(); a++) {
                long k = g.mentions[a];
                double scale = g.tokens == 0 ? Double.NaN : 10_000.0 / g.tokens;
                double[] ci = PoissonInterval.garwood(k, LEVEL);
                out.add(new ActorMentionRow(groupBy, group, actors.get(a), k, g.docsWith[a], g.docs, g.tokens, k * scale,
                        ci[0] * scale, ci[1] * scale));
            }
        });
        return out;
    }

    static List<ActorCooccurrenceRow> cooccurrence(String groupBy, Map<String, GroupTally> groups, List<String> actors) {
        List<ActorCooccurrenceRow> out = new ArrayList<>();
        groups.forEach((group, g) -> {
            for (int a = 0; a < actors.size(); a++) {
                for (int b = a + 1; b < actors.size(); b++) {
                    long sa = g.sentencesWith[a];
                    long sb = g.sentencesWith[b];
                    if (sa == 0 || sb == 0) continue;
                    long both = g.pairs[a][b];
                    double jaccard = (double) both / (sa + sb - both);
                    double logDice = both == 0 ? Double.NaN : 14 + log2(2.0 * both / (sa + sb));
                    double pmi = both == 0 ? Double.NaN : log2((double) both * g.sentences / ((double) sa * sb));
                    out.add(new ActorCooccurrenceRow(groupBy, group, actors.get(a), actors.get(b), both, sa, sb, g.sentences,
                            jaccard, logDice, pmi));
                }
            }
        });
        return out;
    }

    private record Candidate(String term, int[] counts, double logDice) {
    }

    static List<ActorCollocateRow> collocates(String groupBy, Map<String, GroupTally> groups, List<String> actors, ActorOptions o) {
        List<ActorCollocateRow> out = new ArrayList<>();
        groups.forEach((group, g) -> {
            for (int a = 0; a < actors.size(); a++) {
                long fx = g.mentions[a];
                List<Candidate> cands = new ArrayList<>();
                g.windows.get(a).forEach((term, c) -> {
                    if (c[0] < o.minCount()) return;
                    long fy = g.freq.get(term)[0];
                    cands.add(new Candidate(term, c, 14 + log2(2.0 * c[0] / (fx + fy))));
                });
                cands.sort((x, y) -> x.logDice() != y.logDice() ? Double.compare(y.logDice(), x.logDice()) : x.term().compareTo(y.term()));
                for (int r = 0; r < Math.min(o.top(), cands.size()); r++) {
                    Candidate c = cands.get(r);
                    String pos = "";
                    double share = Double.NaN;
                    if (o.posTags()) {
                        int best = 0;
                        for (int t = 1; t < PosTagger.TAGS.size(); t++) if (c.counts()[1 + t] > c.counts()[1 + best]) best = t;
                        pos = PosTagger.TAGS.get(best);
                        share = (double) c.counts()[1 + best] / c.counts()[0];
                    }
                    out.add(new ActorCollocateRow(groupBy, group, actors.get(a), c.term(), pos, share, c.counts()[0], fx,
                            g.freq.get(c.term())[0], c.logDice(), r + 1));
                }
            }
        });
        return out;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
