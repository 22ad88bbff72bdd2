package framelab.framing.actors;

import static framelab.framing.actors.ActorFixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;

import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import framelab.text.MultiwordUnits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multiword patterns ("white house") with the bundled dictionary. */
class ActorMultiwordTest {
    static ActorResult run(List<framelab.corpus.Document> docs, Analyzer analyzer, ActorOptions o) {
        return ActorAnalysis.run(docs, "source", analyzer, Lexicons.actors(), o);
    }

    static long mentions(ActorResult r, String actor) {
        return r.mentions().stream().filter(m -> m.group().equals("(all)") && m.actor().equals(actor)).findFirst().orElseThrow().mentions();
    }

    @Test
    void aMultiwordPatternIsOneMentionAndItsWordsAreNotItsCollocates() {
        // terms: officials white house denied claims (at, the: stopwords)
        ActorResult r = run(List.of(doc("d", "S", "Officials at the White House denied claims.")), Analyzer.defaults(), new ActorOptions(2, 1, 20, true));
        assertThat(mentions(r, "United States")).isEqualTo(1);
        assertThat(r.collocates().stream().filter(c -> c.group().equals("S") && c.actor().equals("United States")))
                .extracting(ActorCollocateRow::collocate).containsExactlyInAnyOrder("officials", "denied", "claims");
    }

    @Test
    void aMultiwordPatternDoesNotJoinAcrossASentenceEnd() {
        ActorResult r = run(List.of(doc("d", "S", "The dress was white. House prices rose.")), Analyzer.defaults(), ActorOptions.DEFAULTS);
        assertThat(mentions(r, "United States")).isZero();
    }

    @Test
    void analyzerMultiwordUnitsAreOneCollocate() {
        Analyzer mw = Analyzer.builder().multiwords(MultiwordUnits.of("t", List.of("prime minister"))).build();
        ActorResult r = run(List.of(doc("d", "S", "The prime minister flew to Moscow on Monday.")), mw, new ActorOptions(3, 1, 20, true));
        assertThat(r.collocates().stream().filter(c -> c.group().equals("S") && c.actor().equals("Russia")))
                .extracting(ActorCollocateRow::collocate).containsExactlyInAnyOrder("prime_minister", "flew", "monday");
    }

    @Test
    void possessivesAndPrefixPatternsCount() {
        ActorResult r = run(List.of(doc("d", "S", "Russia's army and Russian tanks; Ukrainians and Ukraine's allies.")), Analyzer.defaults(),
                ActorOptions.DEFAULTS);
        assertThat(mentions(r, "Russia")).isEqualTo(2);
        assertThat(mentions(r, "Ukraine")).isEqualTo(2);
        assertThat(mentions(r, "NATO/West")).isZero();
    }
}
