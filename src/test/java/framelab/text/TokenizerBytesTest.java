package framelab.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Scanner} and {@link AnalyzerSession#analyzeUtf8IntoBuffers} against the character path
 * they stand in for: the same tokens and the same word forms and ids as tokenizing the decoded text,
 * and an error exactly when Java's strict UTF-8 decoder rejects the bytes.
 */
class TokenizerBytesTest {
    /** TokenizerEquivalenceTest's alphabet without lone surrogates (UTF-8 cannot carry them), plus 3- and 4-byte letters. */
    private static final String ALPHABET = "aZs S09-'\u2019.,\u2010\u2011\u2018\u201c\u201d\u2014\u2026\u00e9\u0301\u0300\u00c9"
            + "\u0417\u0436\u0645\u0661\u00df\u0130\u00a0\t\n\uD83D\uDE00\uD835\uDC00\u2060\u206F\u2070\u2071x\u4e2d\uFFFDU.";

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(40)
                .filter(s -> new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s));
    }

    @Property(tries = 4000)
    void tokensMatchTheCharacterTokenizer(@ForAll("newsLike") String text) throws Exception {
        assertThat(byteTokens(text)).isEqualTo(charTokens(text));
    }

    @Property(tries = 1000)
    void tokensMatchOnAnyString(@ForAll String raw) throws Exception {
        String text = new String(raw.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(byteTokens(text)).isEqualTo(charTokens(text));
    }

    @Property(tries = 2000)
    void wordsAndTermsMatchTheCharacterPath(@ForAll("newsLike") String text) throws Exception {
        for (boolean lower : new boolean[] {true, false}) {
            Analyzer a = Analyzer.builder().lowercase(lower).build();
            AnalyzerSession chars = a.newSession();
            AnalyzerSession bytes = a.newSession();
            assertThat(forms(bytes, bytesAnalysed(bytes, text))).isEqualTo(forms(chars, charsAnalysed(chars, text)));
        }
    }

    @Provide
    Arbitrary<String> asciiHeavy() {
        // long and short ASCII words in mixed case with digits and joiners: the eight-bytes-at-a-time scan
        // and the folded-byte keys of words up to and beyond 16 bytes
        return Arbitraries.strings().withChars("aAbBzZqQ0919-'.,  \u2019\u00e9".toCharArray()).ofMaxLength(90);
    }

    @Property(tries = 3000)
    void asciiWordsMatchTheCharacterPathInsideALargerArray(@ForAll("asciiHeavy") String text,
                                                          @ForAll @IntRange(max = 20) int before, @ForAll @IntRange(max = 20) int after) throws Exception {
        // the text sits between letters that belong to other text: nothing outside [from, to) may join a
        // token, also when a token ends within 16 bytes of the array's end (after = 0)
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before + b.length + after];
        java.util.Arrays.fill(all, (byte) 'x');
        System.arraycopy(b, 0, all, before, b.length);
        AnalyzerSession bytes = Analyzer.builder().stopwords(Stopwords.none()).build().newSession();
        AnalyzerSession chars = Analyzer.builder().stopwords(Stopwords.none()).build().newSession();
        AnalyzerSession.Buffers r = bytes.analyzeUtf8IntoBuffers(all, before, before + b.length);
        List<String> got = new ArrayList<>();
        for (int i = 0; i < r.wordCount(); i++) got.add(bytes.word(r.words()[i]));
        assertThat(got).isEqualTo(forms(chars, charsAnalysed(chars, text)).stream()
                .takeWhile(f -> !f.equals("|")).map(f -> f.substring(2)).toList());
        // the same forms again, now found in the cache: the same ids
        AnalyzerSession.Buffers again = bytes.analyzeUtf8IntoBuffers(all, before, before + b.length);
        assertThat(java.util.Arrays.copyOf(again.words(), again.wordCount())).isEqualTo(got.stream().mapToInt(w -> indexOf(bytes, w)).toArray());
    }

    private static int indexOf(AnalyzerSession s, String word) {
        for (int w = 0; w < s.wordCount(); w++) if (s.word(w).equals(word)) return w;
        return -1;
    }

    @Test
    void oneSessionMixingBothPathsGivesOneIdPerForm() throws Exception {
        // the byte path and the character path share the session's tables: a form met first one way must
        // get the same id the other way, and the terms must be the same
        Random rnd = new Random(11);
        AnalyzerSession mixed = Analyzer.defaults().newSession();
        AnalyzerSession reference = Analyzer.defaults().newSession();
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(60); i > 0; i--) sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            String text = new String(sb.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            List<String> expected = forms(reference, charsAnalysed(reference, text));
            int[] ids = k % 2 == 0 ? bytesAnalysed(mixed, text) : charsAnalysed(mixed, text);
            assertThat(forms(mixed, ids)).as(text).isEqualTo(expected);
        }
        // one id per form: the byte path must hash and pack a form exactly as the character path does
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int w = 0; w < mixed.wordCount(); w++) assertThat(distinct.add(mixed.word(w))).as(mixed.word(w)).isTrue();
    }

    @Test
    void longAndShortFormsGetTheCharacterPathsIdsWhateverJoinsThem() throws Exception {
        String text = "surface-to-air de-escalation o\u2019brien\u2019s O'Brien don't-know-what 1,000,000.50 3.5 "
                + "U.S. E.U.R.O.P.E. Kyiv KYIVKYIVKYIV troops\u2019 a-b";
        AnalyzerSession s = Analyzer.builder().stopwords(Stopwords.none()).build().newSession();
        int[] first = charsAnalysed(s, text);
        int[] again = bytesAnalysed(s, text);
        assertThat(again).isEqualTo(first);
        long forms = java.util.stream.IntStream.range(0, s.wordCount()).mapToObj(s::word).distinct().count();
        assertThat(s.wordCount()).as("no form added twice").isEqualTo((int) forms);
    }

    @Test
    void aRangeInsideALargerArrayIsReadOnlyWithinItsBounds() throws Exception {
        byte[] all = "U.S.-led talks".getBytes(StandardCharsets.UTF_8);
        AnalyzerSession s = Analyzer.builder().stopwords(Stopwords.none()).build().newSession();
        AnalyzerSession.Buffers b = s.analyzeUtf8IntoBuffers(all, 2, 9); // "S.-led "
        List<String> words = new ArrayList<>();
        for (int i = 0; i < b.wordCount(); i++) words.add(s.word(b.words()[i]));
        assertThat(words).containsExactly("s", "led");
    }

    @Property(tries = 3000)
    void malformedBytesFailExactlyWhenTheStrictDecoderFails(@ForAll("noisyBytes") byte[] bytes) {
        boolean decodable;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            decodable = true;
        } catch (CharacterCodingException e) {
            decodable = false;
        }
        AnalyzerSession s = Analyzer.defaults().newSession();
        if (decodable) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            try {
                assertThat(forms(s, bytesAnalysed(s, text))).isEqualTo(forms(s, charsAnalysed(s, text)));
            } catch (MalformedInputException e) {
                throw new AssertionError("well-formed bytes rejected", e);
            }
        } else {
            assertThatThrownBy(() -> s.analyzeUtf8IntoBuffers(bytes, 0, bytes.length)).isInstanceOf(MalformedInputException.class);
        }
    }

    @Provide
    Arbitrary<byte[]> noisyBytes() {
        // mostly well-formed text with stray, truncated, overlong and surrogate sequences mixed in
        byte[][] pieces = {"ab".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8), "\u00e9".getBytes(StandardCharsets.UTF_8),
                "\u2019s".getBytes(StandardCharsets.UTF_8), "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), "\u4e2d".getBytes(StandardCharsets.UTF_8),
                {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xFF},
                {(byte) 0xC3}, "U.S.".getBytes(StandardCharsets.UTF_8), "-".getBytes(StandardCharsets.UTF_8)};
        return Arbitraries.integers().between(0, pieces.length - 1).list().ofMaxSize(12).map(idx -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i : idx) out.writeBytes(pieces[i]);
            return out.toByteArray();
        });
    }

    private static List<String> charTokens(String text) {
        List<String> out = new ArrayList<>();
        Tokenizer.DEFAULT.tokenize(text, (t, s, e, c) -> out.add(t.subSequence(s, e) + (c ? "/clitic" : "")));
        return out;
    }

    private static List<String> byteTokens(String text) throws MalformedInputException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        new Utf8Scanner().tokenize(b, 0, b.length, (t, s, e, c, kind) -> {
            String tok = new String(t, s, e - s, StandardCharsets.UTF_8);
            boolean ascii = tok.chars().allMatch(ch -> ch < 128);
            boolean plain = tok.chars().allMatch(ch -> ch < 128 || ch == '\u2019');
            int expected = ascii ? Utf8Scanner.ASCII_TOKEN : plain ? Utf8Scanner.PLAIN_TOKEN : Utf8Scanner.OTHER_TOKEN;
            if (kind != expected) throw new AssertionError("kind " + kind + " for " + tok);
            out.add(tok + (c ? "/clitic" : ""));
        });
        return out;
    }

    private static int[] bytesAnalysed(AnalyzerSession s, String text) throws MalformedInputException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        AnalyzerSession.Buffers r = s.analyzeUtf8IntoBuffers(b, 0, b.length);
        int[] out = new int[r.wordCount() + 1 + r.termCount()];
        System.arraycopy(r.words(), 0, out, 0, r.wordCount());
        out[r.wordCount()] = -1;
        System.arraycopy(r.terms(), 0, out, r.wordCount() + 1, r.termCount());
        return out;
    }

    private static int[] charsAnalysed(AnalyzerSession s, String text) {
        AnalyzerSession.Buffers r = s.analyzeIntoBuffers(text);
        int[] out = new int[r.wordCount() + 1 + r.termCount()];
        System.arraycopy(r.words(), 0, out, 0, r.wordCount());
        out[r.wordCount()] = -1;
        System.arraycopy(r.terms(), 0, out, r.wordCount() + 1, r.termCount());
        return out;
    }

    /** Words, then "|", then terms, as strings (ids are session-local). */
    private static List<String> forms(AnalyzerSession s, int[] ids) {
        List<String> out = new ArrayList<>();
        boolean terms = false;
        for (int id : ids) {
            if (id == -1) {
                terms = true;
                out.add("|");
            } else {
                out.add(terms ? "t:" + s.term(id) : "w:" + s.word(id));
            }
        }
        return out;
    }
}
