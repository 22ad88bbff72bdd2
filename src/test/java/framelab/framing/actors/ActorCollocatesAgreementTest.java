package framelab.framing.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.Document;
import framelab.stats.CollocateRow;
import framelab.stats.Collocates;
import framelab.text.Analyzer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A one-word actor gives the same collocates as {@link Collocates} with that word as its node (an independent
 * count), less the row of the word itself: an actor's own mentions are not its collocates.
 */
class ActorCollocatesAgreementTest {
    @Test
    void singleWordActorMatchesCollocatesOnTheSeeds() {
        List<Document> seeds = ActorFixtures.seeds();
        Analyzer analyzer = Analyzer.defaults();
        for (int window : new int[] {2, 5}) {
            List<CollocateRow> expected = Collocates.find(seeds, "source", analyzer, "russia", window, window, 1).stream()
                    .filter(c -> !c.collocate().equals("russia")).toList();
            ActorResult r = ActorAnalysis.run(seeds, "source", analyzer, ActorFixtures.lexicon("Russia=russia"),
                    new ActorOptions(window, 1, 10_000, false));
            assertThat(r.collocates()).hasSameSizeAs(expected).isNotEmpty();
            Map<String, CollocateRow> byKey = expected.stream().collect(Collectors.toMap(c -> c.group() + "\u0000" + c.collocate(), c -> c));
            for (ActorCollocateRow a : r.collocates()) {
                CollocateRow c = byKey.get(a.group() + "\u0000" + a.collocate());
                assertThat(c).as(a.toString()).isNotNull();
                assertThat(a.cooccurrences()).isEqualTo(c.observed());
                assertThat(a.actorFreq()).isEqualTo(c.nodeFreq());
                assertThat(a.collocateFreq()).isEqualTo(c.collocateFreq());
                assertThat(a.logDice()).isCloseTo(c.logDice(), within(1e-12));
            }
            // same order too: logDice descending, then collocate
            for (String g : expected.stream().map(CollocateRow::group).distinct().toList()) {
                assertThat(r.collocates().stream().filter(a -> a.group().equals(g)).map(ActorCollocateRow::collocate))
                        .containsExactlyElementsOf(expected.stream().filter(c -> c.group().equals(g)).map(CollocateRow::collocate).toList());
            }
        }
    }
}
