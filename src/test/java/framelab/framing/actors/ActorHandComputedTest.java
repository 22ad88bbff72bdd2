package framelab.framing.actors;

import static framelab.framing.actors.ActorFixtures.doc;
import static framelab.framing.actors.ActorFixtures.lexicon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.text.Analyzer;
import framelab.text.Segmenter;
import framelab.text.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rates, co-occurrence and logDice on documents small enough to count by hand (the counts are in the comments). */
class ActorHandComputedTest {
    static final CategoryLexicon ABC = lexicon("A=alpha|big house", "B=beta*", "C=gamma");
    // X: 3 sentences, 12 word tokens; A: alpha, alpha, big house (s1, s3); B: beta, betas (s1, s3); C: gamma (s2)
    static final Document X = doc("x", "X", "Alpha met Beta. Gamma left. Alpha and betas saw the big house.");
    // Y: 2 sentences, 4 word tokens; A: alpha (s1); B: beta (s2); C: gamma (s1)
    static final Document Y = doc("y", "Y", "Gamma and Alpha. Beta.");
    static final double EPS = 1e-12;

    static ActorResult run(List<Document> docs, CategoryLexicon lex, ActorOptions o) {
        return ActorAnalysis.run(docs, "source", Analyzer.defaults(), lex, o);
    }

    static ActorMentionRow mention(ActorResult r, String group, String actor) {
        return r.mentions().stream().filter(m -> m.group().equals(group) && m.actor().equals(actor)).findFirst().orElseThrow();
    }

    static ActorCooccurrenceRow pair(ActorResult r, String group, String a, String b) {
        return r.cooccurrence().stream().filter(m -> m.group().equals(group) && m.actorA().equals(a) && m.actorB().equals(b))
                .findFirst().orElseThrow();
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void theFixtureSegmentsAsTheCommentsSay() {
        assertThat(new Segmenter(Unit.SENTENCE).segments("x", X.text())).hasSize(3);
        assertThat(new Segmenter(Unit.SENTENCE).segments("y", Y.text())).hasSize(2);
    }

    @Test
    void mentionsPer10kTokensWithStopwordsInTheDenominator() {
        ActorResult r = run(List.of(X, Y), ABC, ActorOptions.DEFAULTS);
        ActorMentionRow ax = mention(r, "X", "A");
        assertThat(ax.mentions()).isEqualTo(3);
        assertThat(ax.tokens()).isEqualTo(12);
        assertThat(ax.per10k()).isCloseTo(10_000.0 * 3 / 12, within(EPS));
        assertThat(ax.documents()).isEqualTo(1);
        assertThat(ax.docsInGroup()).isEqualTo(1);
        ActorMentionRow all = mention(r, "(all)", "A");
        assertThat(all.mentions()).isEqualTo(4);
        assertThat(all.tokens()).isEqualTo(16);
        assertThat(all.per10k()).isCloseTo(2500.0, within(EPS));
        assertThat(all.documents()).isEqualTo(2);
        assertThat(all.docsInGroup()).isEqualTo(2);
        assertThat(mention(r, "X", "C").per10k()).isCloseTo(10_000.0 / 12, within(EPS));
        // groups: (all) first, then sorted; actors alphabetical; every actor in every group
        assertThat(r.mentions()).extracting(m -> m.group() + "/" + m.actor())
                .containsExactly("(all)/A", "(all)/B", "(all)/C", "X/A", "X/B", "X/C", "Y/A", "Y/B", "Y/C");
    }

    @Test
    void rateIntervalIsGarwoodScaledToPer10k() {
        ActorResult r = run(List.of(X, Y, doc("z", "Z", "Nothing here at all.")), ABC, ActorOptions.DEFAULTS);
        ActorMentionRow z = mention(r, "Z", "A");
        assertThat(z.mentions()).isZero();
        assertThat(z.ciLow()).isZero();
        // k = 0: upper = G(0.975; 1, 1) = −ln 0.025, over 4 tokens
        assertThat(z.ciHigh()).isCloseTo(-Math.log(0.025) * 10_000 / 4, within(1e-6));
        ActorMentionRow cx = mention(r, "X", "C");
        // k = 1: lower = G(0.025; 1, 1) = −ln 0.975
        assertThat(cx.ciLow()).isCloseTo(-Math.log(0.975) * 10_000 / 12, within(1e-6));
        assertThat(cx.ciHigh()).isGreaterThan(cx.per10k());
    }

    @Test
    void cooccurrenceCountsSentencesNamingBoth() {
        ActorResult r = run(List.of(X, Y), ABC, ActorOptions.DEFAULTS);
        ActorCooccurrenceRow abX = pair(r, "X", "A", "B");
        assertThat(List.of(abX.sentences(), abX.sentencesA(), abX.sentencesB(), abX.sentencesTotal())).containsExactly(2L, 2L, 2L, 3L);
        assertThat(abX.jaccard()).isEqualTo(1.0);                       // 2 / (2 + 2 − 2)
        assertThat(abX.logDice()).isCloseTo(14.0, within(EPS));        // 14 + log2(2·2 / (2 + 2))
        assertThat(abX.pmi()).isCloseTo(log2(1.5), within(EPS));       // log2(2·3 / (2·2))
        // (all): 5 sentences; A in 3, B in 3, C in 2; A&B in 2, A&C in 1 (Y s1), B&C in none
        ActorCooccurrenceRow ab = pair(r, "(all)", "A", "B");
        assertThat(ab.jaccard()).isCloseTo(2.0 / 4, within(EPS));
        assertThat(ab.logDice()).isCloseTo(14 + log2(4.0 / 6), within(EPS));
        assertThat(ab.pmi()).isCloseTo(log2(2.0 * 5 / 9), within(EPS));
        ActorCooccurrenceRow ac = pair(r, "(all)", "A", "C");
        assertThat(ac.jaccard()).isCloseTo(1.0 / 4, within(EPS));
        assertThat(ac.logDice()).isCloseTo(14 + log2(2.0 / 5), within(EPS));
        assertThat(ac.pmi()).isCloseTo(log2(5.0 / 6), within(EPS));
        ActorCooccurrenceRow bc = pair(r, "(all)", "B", "C");
        assertThat(bc.sentences()).isZero();
        assertThat(bc.jaccard()).isZero();
        assertThat(bc.logDice()).isNaN();
        assertThat(bc.pmi()).isNaN();
        ActorCooccurrenceRow acY = pair(r, "Y", "A", "C");
        assertThat(acY.pmi()).isCloseTo(1.0, within(EPS));             // log2(1·2 / (1·1))
        assertThat(r.cooccurrence()).allMatch(p -> p.actorA().compareTo(p.actorB()) < 0);
    }

    @Test
    void pairsNeedBothActorsInTheGroup() {
        ActorResult r = run(List.of(doc("a", "S", "Alpha spoke. Alpha left.")), ABC, ActorOptions.DEFAULTS);
        assertThat(r.cooccurrence()).isEmpty();
    }

    @Test
    void collocatesByLogDiceOverAnalysedTerms() {
        CategoryLexicon a = lexicon("A=alpha");
        // terms: alpha red blue alpha green; window 1 → red (right of the first), blue and green (around the second)
        ActorResult r = run(List.of(doc("d", "S", "Alpha red blue alpha green.")), a, new ActorOptions(1, 1, 20, true));
        List<ActorCollocateRow> rows = r.collocates().stream().filter(c -> c.group().equals("S")).toList();
        assertThat(rows).extracting(ActorCollocateRow::collocate).containsExactly("blue", "green", "red");
        assertThat(rows).extracting(ActorCollocateRow::rank).containsExactly(1, 2, 3);
        for (ActorCollocateRow c : rows) {
            assertThat(c.cooccurrences()).isEqualTo(1);
            assertThat(c.actorFreq()).isEqualTo(2);
            assertThat(c.collocateFreq()).isEqualTo(1);
            assertThat(c.logDice()).isCloseTo(14 + log2(2.0 * 1 / (2 + 1)), within(EPS));
        }
    }

    @Test
    void stopwordsAreSkippedSoTheWindowReachesTheNextContentWord() {
        CategoryLexicon a = lexicon("A=alpha");
        ActorResult r = run(List.of(doc("d", "S", "Alpha is by far the strongest, and it was.")), a, new ActorOptions(1, 1, 20, true));
        assertThat(r.collocates().stream().filter(c -> c.group().equals("S")))
                .extracting(ActorCollocateRow::collocate).containsExactly("far");
    }

    @Test
    void minCountAndTopFilterCollocates() {
        CategoryLexicon a = lexicon("A=alpha");
        // terms: alpha red alpha red alpha blue alpha green; window 1 crosses sentences as in Collocates:
        // red 4 (fy 2), blue 2 (fy 1), green 1
        Document d = doc("d", "S", "Alpha red. Alpha red. Alpha blue. Alpha green.");
        List<ActorCollocateRow> two = run(List.of(d), a, new ActorOptions(1, 2, 20, false)).collocates().stream()
                .filter(c -> c.group().equals("S")).toList();
        assertThat(two).extracting(ActorCollocateRow::collocate).containsExactly("red", "blue");
        assertThat(two.get(0).logDice()).isCloseTo(14 + log2(2.0 * 4 / (4 + 2)), within(EPS));
        assertThat(two.get(1).logDice()).isCloseTo(14 + log2(2.0 * 2 / (4 + 1)), within(EPS));
        ActorResult top1 = run(List.of(d), a, new ActorOptions(1, 1, 1, false));
        assertThat(top1.collocates().stream().filter(c -> c.group().equals("S"))).extracting(ActorCollocateRow::collocate)
                .containsExactly("red");
    }

    @Test
    void anActorsOwnMentionsAreNotItsCollocatesButOtherActorsAre() {
        CategoryLexicon a = lexicon("Russia=putin|russian*", "Ukraine=kyiv");
        // terms: putin met russian troops near kyiv; window 2. putin → met (russian is Russia's own);
        // russian → met, troops, near (putin is Russia's own); kyiv → troops, near
        ActorResult r = run(List.of(doc("d", "S", "Putin met Russian troops near Kyiv.")), a, new ActorOptions(2, 1, 20, false));
        assertThat(r.collocates().stream().filter(c -> c.group().equals("S") && c.actor().equals("Russia")))
                .extracting(c -> c.collocate() + "=" + c.cooccurrences()).containsExactly("met=2", "near=1", "troops=1");
        assertThat(r.collocates().stream().filter(c -> c.group().equals("S") && c.actor().equals("Ukraine")))
                .extracting(c -> c.collocate() + "=" + c.cooccurrences()).containsExactly("near=1", "troops=1");
        // met: 14 + log2(2·2 / (2 + 1)); near and troops: 14 + log2(2·1 / (2 + 1)), tied, so alphabetical
        assertThat(r.collocates().get(0).logDice()).isCloseTo(14 + log2(4.0 / 3), within(EPS));
    }

    @Test
    void posTagsTellVerbsFromNouns() {
        CategoryLexicon a = lexicon("Russia=russia");
        Document d = doc("d", "S", "Russia attacked the city at dawn. Officials said Russia denied the claims.");
        ActorResult r = run(List.of(d), a, new ActorOptions(2, 1, 50, true));
        ActorCollocateRow attacked = r.collocates().stream().filter(c -> c.group().equals("S") && c.collocate().equals("attacked"))
                .findFirst().orElseThrow();
        assertThat(attacked.pos()).isEqualTo("VERB");
        assertThat(attacked.posShare()).isEqualTo(1.0);
        assertThat(r.collocates().stream().filter(c -> c.group().equals("S") && c.collocate().equals("city")).findFirst().orElseThrow().pos())
                .isEqualTo("NOUN");
        ActorResult untagged = run(List.of(d), a, new ActorOptions(2, 1, 50, false));
        assertThat(untagged.collocates()).allMatch(c -> c.pos().isEmpty() && Double.isNaN(c.posShare()));
    }
}
