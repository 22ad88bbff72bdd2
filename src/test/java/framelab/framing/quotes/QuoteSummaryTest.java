package framelab.framing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.text.Analyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary of a small corpus, computed by hand. */
class QuoteSummaryTest {
    static Document doc(String id, String group, String text) {
        return new Document(id, text, DocMeta.of(Map.of("outlet", group)), "t");
    }

    static double value(QuotationResult r, String group, String measure, String item) {
        return r.summary().stream().filter(s -> s.group().equals(group) && s.measure().equals(measure) && s.item().equals(item))
                .findFirst().orElseThrow(() -> new AssertionError(group + " " + measure + " " + item)).value();
    }

    @Test
    void ratesSharesAndCountsByHand() {
        String a = "\u201CWe are ready,\u201D Kirby said.";                    // words: We are ready Kirby said = 5
        String b = "Pentagon spokesman John Kirby said that troops would move."; // 9 words
        String c = "Stoltenberg said that Russia was moving troops. It was a 'joke'."; // 11 words
        QuotationResult r = Quotations.run(List.of(doc("a", "wire", a), doc("b", "wire", b), doc("c", "tabloid", c)), "outlet",
                Analyzer.defaults(), null, QuoteOptions.DEFAULTS);
        assertThat(value(r, "wire", "documents", "")).isEqualTo(2);
        assertThat(value(r, "wire", "words", "")).isEqualTo(14);
        assertThat(value(r, "wire", "direct_quotes", "")).isEqualTo(1);
        assertThat(value(r, "wire", "indirect_quotes", "")).isEqualTo(1);
        assertThat(value(r, "wire", "quotes_per_1000_words", "")).isCloseTo(1000.0 * 2 / 14, within(1e-12));
        assertThat(value(r, "wire", "quoted_char_share", "")).isCloseTo(13.0 / (a.length() + b.length()), within(1e-12));
        assertThat(value(r, "wire", "unattributed_share", "")).isZero();
        // "Kirby" in one document, "John Kirby" in another: one speaker within the group
        assertThat(value(r, "wire", "speaker", "John Kirby")).isEqualTo(2);
        assertThat(value(r, "wire", "verb", "say")).isEqualTo(2);
        assertThat(value(r, "wire", "verb_category_share", "neutral")).isEqualTo(1.0);
        assertThat(value(r, "wire", "speaker_category", "official/government")).isEqualTo(1);
        assertThat(value(r, "wire", "speaker_category", "none")).isEqualTo(1);
        assertThat(value(r, "tabloid", "unattributed_share", "")).isEqualTo(0.5);
        assertThat(value(r, "tabloid", "quotes_per_1000_words", "")).isCloseTo(1000.0 * 2 / 11, within(1e-12));
        assertThat(r.summary().stream().map(QuoteSummaryRow::group).distinct()).containsExactly("tabloid", "wire");
        assertThat(r.spec()).contains("speech-verbs-en.csv", "roles-en.csv", "opennlp-en-ud-ewt-pos", "actors=none");
    }

    @Test
    void overlappingDirectSpansCountOnce() {
        Quote x = new Quote("d", "g", "", "", "", QuoteKind.DIRECT, "abcd", 0, 4, "");
        Quote y = new Quote("d", "g", "", "", "", QuoteKind.DIRECT, "cdef", 2, 6, "");
        Quote z = new Quote("d", "g", "", "", "", QuoteKind.INDIRECT, "ghij", 6, 10, "");
        assertThat(QuoteSummary.quotedChars(List.of(x, y, z))).isEqualTo(6);
    }
}
