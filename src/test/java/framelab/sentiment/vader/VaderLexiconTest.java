package framelab.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.corpus.CorpusInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaderLexiconTest {
    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void bundledDataIsTheReferenceData() {
        VaderLexicon lex = VaderLexicon.bundled();
        assertThat(VaderLexicon.bundled()).isSameAs(lex);
        assertThat(lex.size()).isEqualTo(7520 - 14); // 14 tokens are listed twice in vader_lexicon.txt
        assertThat(lex.valence("good")).isEqualTo(OptionalDouble.of(1.9));
        assertThat(lex.valence("LOL")).isEqualTo(OptionalDouble.of(1.8)); // second "lol" line wins
        assertThat(lex.valence("troops")).isEmpty();
        VaderRules r = lex.rules();
        assertThat(r.boosterIncrement()).isEqualTo(0.293);
        assertThat(r.boosterDecrement()).isEqualTo(-0.293);
        assertThat(r.capsIncrement()).isEqualTo(0.733);
        assertThat(r.negationScalar()).isEqualTo(-0.74);
        assertThat(r.normalizeAlpha()).isEqualTo(15.0);
        assertThat(r.exclamationIncrement()).isEqualTo(0.292);
        assertThat(r.stripPunctuation()).isEqualTo("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
        assertThat(lex.negations()).hasSize(59).contains("never", "won't", "without", "despite");
        assertThat(lex.boosters()).hasSize(84).containsEntry("kind of", -0.293).containsEntry("very", 0.293);
        assertThat(lex.specialCases()).hasSize(10).containsEntry("the shit", 3.0).containsEntry("bus stop", 0.0);
        assertThat(lex.sentimentLadenIdioms()).hasSize(12).containsEntry("in the red", -2.0);
        assertThat(lex.convertsEmojis()).isFalse();
        assertThat(lex.source()).contains("44fc044");
        // values agree with constants.tsv
        assertThat(lex.boosters().values()).allMatch(v -> v == r.boosterIncrement() || v == r.boosterDecrement());
    }

    @Test
    void userLexiconFollowsTheReferenceParsing() throws IOException {
        Path f = write("my.txt", "\uFEFFcalm\t1.5\t0.5\t[1, 2]\r\n\n  steady\t 0.5 \r\nStormy\t-2\ncalm\t2.5\n");
        VaderLexicon lex = VaderLexicon.read(f);
        assertThat(lex.size()).isEqualTo(3);
        assertThat(lex.valence("calm")).isEqualTo(OptionalDouble.of(2.5)); // later line wins
        assertThat(lex.valence("steady")).isEqualTo(OptionalDouble.of(0.5));
        assertThat(lex.valence("Stormy")).isEmpty(); // a key with capitals is never reached by the lower-cased lookup
        assertThat(lex.source()).isEqualTo(f.toString());
        assertThat(new VaderScorer(lex).score("CALM seas, calm minds").compound()).isPositive();
    }

    @Test
    void nonNumericValenceNamesFileAndLine() throws IOException {
        Path f = write("bad.txt", "calm\t1.5\t0.5\t[1, 2]\nstormy\tminus two\t0.4\t[-2]\n");
        assertThatThrownBy(() -> VaderLexicon.read(f))
                .isInstanceOf(CorpusInputException.class)
                .hasMessageContaining(f + ":2")
                .hasMessageContaining("'minus two', not a number")
                .hasMessageContaining("stormy")
                .hasMessageContaining("what to do")
                .satisfies(e -> assertThat(((CorpusInputException) e).location()).isEqualTo(f + ":2"));
    }

    @Test
    void nonFiniteAndLocaleNumbersAreRejected() throws IOException {
        assertThatThrownBy(() -> VaderLexicon.read(write("nan.txt", "calm\tnan\n")))
                .hasMessageContaining("nan.txt:1").hasMessageContaining("not a number");
        assertThatThrownBy(() -> VaderLexicon.read(write("comma.txt", "a\t1\nb\t1,5\n")))
                .hasMessageContaining("comma.txt:2").hasMessageContaining("'1,5'");
    }

    @Test
    void lineWithoutTabNamesFileAndLine() throws IOException {
        Path f = write("spaces.txt", "calm\t1.5\n\nstormy -2.0 0.4\n");
        assertThatThrownBy(() -> VaderLexicon.read(f))
                .isInstanceOf(CorpusInputException.class)
                .hasMessageContaining(f + ":3")
                .hasMessageContaining("no tab")
                .hasMessageContaining("token<TAB>mean valence");
        Path g = write("emptytoken.txt", "\t1.5\n");
        assertThatThrownBy(() -> VaderLexicon.read(g)).hasMessageContaining("emptytoken.txt:1").hasMessageContaining("no tab");
    }

    @Test
    void missingAndNonUtf8FilesSayWhatToDo() throws IOException {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> VaderLexicon.read(missing))
                .isInstanceOf(CorpusInputException.class).hasMessageContaining("nope.txt").hasMessageContaining("no such file");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'o', 'k', '\t', '1', '\n', 'c', 'a', 'f', (byte) 0xE9, '\t', '1', '\n'});
        assertThatThrownBy(() -> VaderLexicon.read(latin1))
                .isInstanceOf(CorpusInputException.class).hasMessageContaining("latin1.txt:2").hasMessageContaining("UTF-8");
    }

    @Test
    void emojiLexiconErrorsNameFileAndLine() throws IOException {
        Path f = write("emoji.txt", "\u2764\tred heart\n\u263A no tab here\n");
        assertThatThrownBy(() -> VaderLexicon.bundled().withEmojiLexicon(f))
                .isInstanceOf(CorpusInputException.class).hasMessageContaining("emoji.txt:2").hasMessageContaining("emoji<TAB>description");
    }
}
