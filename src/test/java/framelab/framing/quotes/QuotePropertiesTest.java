package framelab.framing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Offsets, determinism, hostile text, options. */
class QuotePropertiesTest {
    static final List<Document> SEEDS = CleanedCorpus.of(Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS), Cleaner.defaults())
            .corpus().documents();

    static QuotationResult run(List<Document> docs) {
        return Quotations.run(docs, "source", Analyzer.defaults(), Lexicons.actors(), QuoteOptions.DEFAULTS);
    }

    @Test
    void offsetsIndexTheTextAndDirectQuotesSitBetweenMarks() {
        QuotationResult r = run(SEEDS);
        assertThat(r.quotes()).hasSizeGreaterThan(100);
        for (Quote q : r.quotes()) {
            String text = SEEDS.stream().filter(d -> d.id().equals(q.docId())).findFirst().orElseThrow().text();
            assertThat(q.charStart()).isBetween(0, q.charEnd());
            assertThat(q.charEnd()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(q.charStart(), q.charEnd())).isEqualTo(q.text()).isNotBlank();
            if (q.kind() == QuoteKind.DIRECT) assertThat(QuoteMarks.family(text.charAt(q.charStart() - 1))).as(q.text()).isNotZero();
            assertThat(q.group()).isEqualTo(SEEDS.stream().filter(d -> d.id().equals(q.docId())).findFirst().orElseThrow().meta().get("source"));
        }
    }

    @Test
    void documentsAreReadOnTheirOwnWhateverTheirOrder() {
        List<Document> reversed = new ArrayList<>(SEEDS);
        Collections.reverse(reversed);
        QuotationResult a = run(SEEDS);
        QuotationResult b = run(reversed);
        for (Document d : SEEDS) {
            assertThat(b.quotes().stream().filter(q -> q.docId().equals(d.id())).toList())
                    .isEqualTo(a.quotes().stream().filter(q -> q.docId().equals(d.id())).toList());
        }
        assertThat(b.summary()).isEqualTo(a.summary());
        assertThat(run(SEEDS)).isEqualTo(a);
        List<String> order = a.quotes().stream().map(Quote::docId).distinct().toList();
        assertThat(order).isEqualTo(SEEDS.stream().map(Document::id).filter(order::contains).toList());
    }

    /** Pieces a random text is made of: every kind of mark, apostrophes, attribution words, odd spaces. */
    static final List<String> FRAGMENTS = List.of("\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", " ", "  ", "\n", "\n\n", ",", ".", ":",
            " said ", " Kirby ", " he ", " told reporters ", " according to ", " that ", "Russia\u2019s", "don't", " '90s ", " Mr. ",
            "Pentagon spokesman John Kirby", " the ", "\u00A0", "(", ")", "\u2014", " who ", " warned ", " saying ", "x", "Z");

    @Property(tries = 60)
    void anyTextGivesQuotesThatIndexIt(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 33) Integer> pieces) {
        StringBuilder sb = new StringBuilder();
        for (int p : pieces) sb.append(FRAGMENTS.get(p));
        String text = sb.toString();
        Document d = new Document("r", text, DocMeta.of(Map.of("source", "S")), "t");
        for (Quote q : run(List.of(d)).quotes()) {
            assertThat(text.substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
        }
    }

    @Test
    void optionsSayWhatIsAllowed() {
        assertThatThrownBy(() -> new QuoteOptions(0, true, 3000)).hasMessageContaining("topSpeakers must be 1..10000, got 0");
        assertThatThrownBy(() -> new QuoteOptions(10, true, 5)).hasMessageContaining("maxQuoteChars must be 20..100000 characters, got 5");
        assertThatThrownBy(() -> Quotations.run(SEEDS, " ", Analyzer.defaults(), null, QuoteOptions.DEFAULTS))
                .hasMessageContaining("groupBy");
    }

    @Test
    void aQuotationLongerThanTheLimitIsDropped() {
        String text = "\u201C" + "word ".repeat(10).strip() + ",\u201D Kirby said.";
        Document d = new Document("d", text, DocMeta.of(Map.of("source", "S")), "t");
        assertThat(Quotations.run(List.of(d), "source", Analyzer.defaults(), null, QuoteOptions.DEFAULTS.withMaxQuoteChars(20)).quotes())
                .noneMatch(q -> q.kind() == QuoteKind.DIRECT);
        assertThat(Quotations.run(List.of(d), "source", Analyzer.defaults(), null, QuoteOptions.DEFAULTS).quotes())
                .extracting(Quote::kind).containsExactly(QuoteKind.DIRECT);
    }
}
