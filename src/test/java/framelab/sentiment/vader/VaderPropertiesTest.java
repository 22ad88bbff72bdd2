package framelab.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of VADER's output for any input, and for dense mixes of the words its rules react to. */
class VaderPropertiesTest {
    static final VaderScorer VADER = new VaderScorer(VaderLexicon.bundled());

    static void assertWellFormed(VaderScores s) {
        assertThat(s.compound()).isBetween(-1.0, 1.0);
        assertThat(s.neg()).isBetween(0.0, 1.0);
        assertThat(s.neu()).isBetween(0.0, 1.0);
        assertThat(s.pos()).isBetween(0.0, 1.0);
        double sum = s.neg() + s.neu() + s.pos();
        if (sum == 0) assertThat(s.compound()).isZero();
        else assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    @Property(tries = 2000)
    void anyStringScoresWithinRange(@ForAll String text) {
        assertWellFormed(VADER.score(text));
    }

    @Property(tries = 2000)
    void anyUnicodeStringScoresWithinRange(@ForAll("unicode") String text) {
        VaderScores s = VADER.score(text);
        assertWellFormed(s);
        assertThat(VADER.score(text)).isEqualTo(s); // deterministic
    }

    @Property(tries = 3000)
    void ruleWordSoupScoresWithinRange(@ForAll("ruleWords") List<String> words) {
        String text = String.join(" ", words);
        VaderScores s = VADER.score(text);
        assertWellFormed(s);
        // whitespace around and between tokens does not matter (Python's split())
        assertThat(VADER.score("\u00a0 " + String.join(" \t", words) + "\n")).isEqualTo(s);
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(80);
    }

    @Provide
    Arbitrary<List<String>> ruleWords() {
        return Arbitraries.of("not", "isn't", "never", "so", "this", "without", "doubt", "no", "or", "nor", "but",
                        "BUT", "kind", "of", "sort", "least", "at", "very", "VERY", "barely", "the", "shit", "bomb",
                        "kiss", "death", "good", "GOOD", "bad", "BAD", "great", "war", "hate", "love", ":)", ":(",
                        "good!", "bad?", "!!!", "???", "a", "I", "peace", "\u00a0", "in", "red")
                .list().ofMaxSize(25);
    }
}
