package framelab.framing.actors;

import static framelab.framing.actors.ActorFixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants on random news-like documents with the bundled dictionary. */
class ActorPropertiesTest {
    static final CategoryLexicon ACTORS = Lexicons.actors();
    static final List<String> WORDS = List.of("Russia", "Russian", "Putin", "NATO", "the", "White", "House", "Ukraine's", "Kyiv",
            "troops", "said", "warned", "and", "of", "border", "United", "States", "EU", "tanks", "massed", "Biden", "a", "new");

    @Provide
    Arbitrary<List<Document>> corpora() {
        Arbitrary<String> sentence = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(12).map(w -> String.join(" ", w) + ".");
        Arbitrary<String> text = sentence.list().ofMaxSize(6).map(s -> String.join(" ", s));
        Arbitrary<Document> d = Combinators.combine(Arbitraries.of("Mail", "AP", "Times"), text, Arbitraries.integers().between(0, 99_999))
                .as((src, t, id) -> doc("d" + id, src, t));
        return d.list().ofMinSize(1).ofMaxSize(8).uniqueElements(Document::id);
    }

    static ActorResult run(List<Document> docs) {
        return ActorAnalysis.run(docs, "source", Analyzer.defaults(), ACTORS, new ActorOptions(3, 1, 50, true));
    }

    @Property(tries = 25)
    void documentOrderDoesNotMatter(@ForAll("corpora") List<Document> docs, @ForAll long seed) {
        List<Document> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(run(shuffled)).isEqualTo(run(docs));
    }

    @Property(tries = 25)
    void tablesAreConsistent(@ForAll("corpora") List<Document> docs) {
        ActorResult r = run(docs);
        for (ActorMentionRow m : r.mentions()) {
            if (m.tokens() == 0) continue;
            assertThat(m.per10k() * m.tokens() / 10_000).isCloseTo(m.mentions(), within(1e-9));
            assertThat(m.ciLow()).isLessThanOrEqualTo(m.per10k());
            assertThat(m.ciHigh()).isGreaterThan(m.per10k());
            assertThat(m.documents()).isBetween(0L, m.docsInGroup());
            assertThat(m.mentions()).isGreaterThanOrEqualTo(m.documents());
        }
        // (all) is the sum of the groups
        for (String actor : ACTORS.categories()) {
            List<ActorMentionRow> rows = r.mentions().stream().filter(m -> m.actor().equals(actor)).toList();
            assertThat(rows.get(0).group()).isEqualTo("(all)");
            assertThat(rows.get(0).mentions()).isEqualTo(rows.stream().skip(1).mapToLong(ActorMentionRow::mentions).sum());
            assertThat(rows.get(0).tokens()).isEqualTo(rows.stream().skip(1).mapToLong(ActorMentionRow::tokens).sum());
        }
        for (ActorCooccurrenceRow p : r.cooccurrence()) {
            assertThat(p.actorA()).isLessThan(p.actorB());
            assertThat(p.sentences()).isLessThanOrEqualTo(Math.min(p.sentencesA(), p.sentencesB()));
            assertThat(Math.max(p.sentencesA(), p.sentencesB())).isLessThanOrEqualTo(p.sentencesTotal());
            assertThat(p.jaccard()).isBetween(0.0, 1.0);
            if (p.sentences() > 0) assertThat(p.logDice()).isLessThanOrEqualTo(14.0 + 1e-12);
        }
        for (ActorCollocateRow c : r.collocates()) {
            assertThat(c.logDice()).isCloseTo(14 + Math.log(2.0 * c.cooccurrences() / (c.actorFreq() + c.collocateFreq())) / Math.log(2),
                    within(1e-12));
            assertThat(c.pos()).isNotEmpty();
            assertThat(c.posShare()).isBetween(0.0, 1.0);
        }
    }
}
