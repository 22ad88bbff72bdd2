package framelab.framing.actors;

import static framelab.framing.actors.ActorFixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad parameters fail fast and say the parameter, the value and what is allowed. */
class ActorOptionsTest {
    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new ActorOptions(0, 2, 20, true)).hasMessage("actor collocate window must be 1..50 analysed terms on each side, got 0");
        assertThatThrownBy(() -> ActorOptions.DEFAULTS.withWindow(51)).hasMessageContaining("got 51");
        assertThatThrownBy(() -> ActorOptions.DEFAULTS.withMinCount(0)).hasMessage("actor collocate min count must be >= 1, got 0");
        assertThatThrownBy(() -> ActorOptions.DEFAULTS.withTop(0)).hasMessageContaining("1..10000").hasMessageContaining("got 0");
        assertThat(ActorOptions.DEFAULTS).isEqualTo(new ActorOptions(5, 2, 50, true));
    }

    @Test
    void runRejectsWhatItCannotDo() {
        var docs = List.of(doc("a", "S", "Russia spoke."));
        assertThatThrownBy(() -> ActorAnalysis.run(docs, "outlet", Analyzer.defaults(), Lexicons.actors(), ActorOptions.DEFAULTS))
                .hasMessageContaining("no document has the metadata field 'outlet'").hasMessageContaining("[source]");
        Analyzer bigrams = Analyzer.builder().ngrams(1, 2).build();
        assertThatThrownBy(() -> ActorAnalysis.run(docs, "source", bigrams, Lexicons.actors(), ActorOptions.DEFAULTS))
                .hasMessageContaining("n-grams 1..2").hasMessageContaining("ngrams 1..1");
    }

    @Test
    void anEmptyCorpusGivesEmptyCountsAndTheSpecSaysWhatRan() {
        ActorResult r = ActorAnalysis.run(List.of(), "source", Analyzer.defaults(), Lexicons.actors(), ActorOptions.DEFAULTS);
        assertThat(r.mentions()).allMatch(m -> m.group().equals("(all)") && m.mentions() == 0 && Double.isNaN(m.per10k()));
        assertThat(r.cooccurrence()).isEmpty();
        assertThat(r.collocates()).isEmpty();
        assertThat(r.spec()).contains("lexicon=actors", "window=5", "minCount=2", "top=50", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
                "stopwords=en-snowball");
    }
}
