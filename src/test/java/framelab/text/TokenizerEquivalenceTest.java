package framelab.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer and the analyzer session are tuned for speed (array scanning, ASCII tables, a General
 * Punctuation shortcut, hashing while scanning, a cache for non-ASCII forms). This test holds them to
 * a plain reference: the straightforward per-character algorithm the rules describe, and the
 * normalisation {@code ’ → '}, {@link String#toLowerCase(Locale)} with {@link Locale#ROOT}, NFC.
 */
class TokenizerEquivalenceTest {
    /** Characters that exercise every rule: joiners, apostrophes, dots, commas, digits, marks, scripts, surrogates. */
    private static final String ALPHABET = "aZs S09-'\u2019.,\u2010\u2011\u2018\u201c\u201d\u2014\u2026\u00e9\u0301\u0300\u00c9"
            + "\u0417\u0436\u0645\u0661\u00df\u0130\u00a0\t\n\uD83D\uDE00\uD835\uDC00\uD800\uDFFF\u2060\u206F\u2070\u2071x";

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(40);
    }

    @Property(tries = 3000)
    void tokensMatchTheReference(@ForAll("newsLike") String text) {
        assertThat(tokens(text)).isEqualTo(Reference.tokens(text));
    }

    @Property(tries = 500)
    void tokensMatchTheReferenceOnAnyString(@ForAll String text) {
        assertThat(tokens(text)).isEqualTo(Reference.tokens(text));
    }

    @Property(tries = 2000)
    void wordFormsMatchTheReference(@ForAll("newsLike") String text) {
        for (boolean lower : new boolean[] {true, false}) {
            AnalyzerSession s = Analyzer.builder().lowercase(lower).stopwords(Stopwords.none()).build().newSession();
            List<String> words = new ArrayList<>();
            for (int id : s.analyze(text).words()) words.add(s.word(id));
            assertThat(words).isEqualTo(Reference.words(text, lower));
        }
    }

    @Test
    void oneSessionOverManyTextsKeepsFormsApart() {
        // the session's tables and its cache of non-ASCII forms must never confuse two forms
        Random rnd = new Random(7);
        AnalyzerSession s = Analyzer.builder().stopwords(Stopwords.none()).build().newSession();
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(60); i > 0; i--) sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            String text = sb.toString();
            List<String> words = new ArrayList<>();
            for (int id : s.analyze(text).words()) words.add(s.word(id));
            assertThat(words).as(text).isEqualTo(Reference.words(text, true));
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Tokenizer.DEFAULT.tokenize(text, (t, s, e, c) -> out.add(s + ":" + e + ":" + c));
        return out;
    }

    /** The tokenizer's rules written out plainly on a CharSequence (the implementation before tuning). */
    static final class Reference {
        static List<String> tokens(CharSequence text) {
            List<String> out = new ArrayList<>();
            tokenize(text, (t, s, e, c) -> out.add(s + ":" + e + ":" + c));
            return out;
        }

        static List<String> words(String text, boolean lower) {
            List<String> out = new ArrayList<>();
            tokenize(text, (t, s, e, clitic) -> {
                if (clitic) return;
                String w = t.subSequence(s, e).toString().replace('\u2019', '\'');
                StringBuilder b = new StringBuilder();
                for (char c : w.toCharArray()) b.append(lower && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                w = b.toString();
                if (lower) w = w.toLowerCase(Locale.ROOT);
                out.add(Normalizer.normalize(w, Normalizer.Form.NFC));
            });
            return out;
        }

        static void tokenize(CharSequence text, TokenSink sink) {
            final int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (!isWordStart(text, i, c)) {
                    i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
                    continue;
                }
                int start = i;
                int abbrev = abbreviationEnd(text, i, n);
                if (abbrev > 0) {
                    sink.token(text, start, abbrev, false);
                    i = abbrev;
                    continue;
                }
                i = wordEnd(text, i, n);
                if (i + 1 < n && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !isWordChar(text, i + 2))) {
                    sink.token(text, start, i, false);
                    sink.token(text, i, i + 2, true);
                    i += 2;
                    continue;
                }
                sink.token(text, start, i, false);
            }
        }

        private static int wordEnd(CharSequence text, int i, int n) {
            boolean digits = true;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(text, i)) {
                    if (!(c >= '0' && c <= '9')) digits = false;
                    i += Character.isHighSurrogate(c) ? 2 : 1;
                    continue;
                }
                if (i + 1 < n && isWordChar(text, i + 1)) {
                    char next = text.charAt(i + 1);
                    if (c == '-' || c == '\u2010' || c == '\u2011') {
                        i++;
                        continue;
                    }
                    if (isApostrophe(c) && Character.isLetter(next)) {
                        if ((next == 's' || next == 'S') && (i + 2 >= n || !isWordChar(text, i + 2))) return i;
                        i++;
                        continue;
                    }
                    if (digits && (c == ',' || c == '.') && next >= '0' && next <= '9') {
                        i++;
                        continue;
                    }
                }
                return i;
            }
            return i;
        }

        private static int abbreviationEnd(CharSequence text, int i, int n) {
            int j = i;
            int letters = 0;
            while (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
                letters++;
                j += 2;
            }
            if (letters < 2) return -1;
            if (j < n && isWordChar(text, j)) return -1;
            return j;
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019';
        }

        private static boolean isWordStart(CharSequence text, int i, char c) {
            return Character.isLetterOrDigit(Character.codePointAt(text, i));
        }

        private static boolean isWordChar(CharSequence text, int i) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) return false;
                return Character.isLetterOrDigit(Character.codePointAt(text, i));
            }
            if (Character.isSurrogate(c)) return false;
            if (Character.isLetterOrDigit(c)) return true;
            int t = Character.getType(c);
            return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
        }
    }
}
