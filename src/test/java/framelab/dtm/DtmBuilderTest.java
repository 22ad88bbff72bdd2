package framelab.dtm;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.Cleaner;
import framelab.corpus.Corpus;
import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.stats.LexicalDiversity;
import framelab.text.Analyzer;
import framelab.text.Stopwords;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DtmBuilderTest {
    static Corpus corpus(List<String> texts) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            docs.add(new Document("d" + i, texts.get(i), DocMeta.of(Map.of("source", i % 2 == 0 ? "A" : "B")), "test:" + i));
        }
        return new Corpus("test", docs, List.of(), List.of(), List.of("source"));
    }

    static CorpusBuild build(Corpus c, int threads, Unit unit) {
        return DtmBuilder.builder(Analyzer.builder().stopwords(Stopwords.none()).build()).cleaner(Cleaner.none())
                .threads(threads).unit(unit).measure(LexicalDiversity.DEFAULT).build().build(c);
    }

    @Test
    void countsAHandMadeCorpus() {
        CorpusBuild b = build(corpus(List.of("Troops, troops and tanks.", "Tanks!", "")), 1, Unit.DOCUMENT);
        DocumentTermMatrix m = b.dtm();
        assertThat(m.vocabulary().terms()).containsExactly("and", "tanks", "troops");
        assertThat(m.count(0, m.vocabulary().id("troops"))).isEqualTo(2);
        assertThat(m.count(1, m.vocabulary().id("tanks"))).isEqualTo(1);
        assertThat(m.rowTotal(2)).isZero();
        assertThat(b.documents()).extracting(DocumentRecord::wordTokens).containsExactly(4, 1, 0);
        assertThat(b.documents().get(2).measures()[0]).isNaN();
        assertThat(b.documents().get(0).measures()[0]).isEqualTo(3.0 / 4);
    }

    @Test
    void afterCountingRunsOnceBeforeTheMergeOnBothPathsAndNotWhenReadingFails(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        DtmBuilder builder = DtmBuilder.builder(Analyzer.defaults()).cleaner(Cleaner.none()).threads(2)
                .afterCounting(calls::incrementAndGet).build();
        // the streaming path (documents at hand) and the byte path (a UTF-8 TSV)
        CorpusBuild streamed = builder.build(corpus(List.of("Troops and tanks.", "Tanks!")));
        assertThat(calls.get()).isEqualTo(1);
        java.nio.file.Path tsv = dir.resolve("c.tsv");
        java.nio.file.Files.writeString(tsv, "id\tsource\ttext\nd0\tA\tTroops and tanks.\nd1\tB\tTanks!\n");
        CorpusBuild bytes = builder.build(new framelab.corpus.DelimitedReader(tsv, framelab.corpus.ReadOptions.DEFAULTS));
        assertThat(calls.get()).isEqualTo(2);
        assertThat(bytes.dtm().vocabulary().terms()).isEqualTo(streamed.dtm().vocabulary().terms());
        // malformed UTF-8: the build fails while counting, and the hook is not called
        java.nio.file.Path bad = dir.resolve("bad.tsv");
        java.nio.file.Files.write(bad, new byte[] {'i', 'd', '\t', 't', 'e', 'x', 't', '\n', 'a', '\t', (byte) 0xC3, '(', '\n'});
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> builder.build(new framelab.corpus.DelimitedReader(bad, framelab.corpus.ReadOptions.DEFAULTS)));
        assertThat(calls.get()).isEqualTo(2);
    }

    @Property(tries = 40)
    void rowSumsEqualTermCountsAndThreadsDoNotMatter(@ForAll @Size(max = 30) List<String> texts) {
        Corpus c = corpus(texts);
        CorpusBuild one = build(c, 1, Unit.DOCUMENT);
        CorpusBuild two = build(c, 3, Unit.DOCUMENT);
        assertThat(two.dtm().vocabulary().terms()).isEqualTo(one.dtm().vocabulary().terms());
        for (int r = 0; r < one.dtm().rowCount(); r++) {
            assertThat(one.dtm().rowTotal(r)).isEqualTo(one.documents().get(r).terms());
            assertThat(two.dtm().rowTotal(r)).isEqualTo(one.dtm().rowTotal(r));
            for (int k = 0; k < one.dtm().rowNonZeros(r); k++) {
                assertThat(two.dtm().rowTerm(r, k)).isEqualTo(one.dtm().rowTerm(r, k));
                assertThat(two.dtm().rowCount(r, k)).isEqualTo(one.dtm().rowCount(r, k));
            }
        }
    }

    @Property(tries = 30)
    void groupTotalsDoNotDependOnDocumentOrder(@ForAll @Size(max = 20) List<String> texts) {
        List<String> shuffled = new ArrayList<>(texts);
        Collections.reverse(shuffled);
        Grouping a = Grouping.by(build(corpus(texts), 2, Unit.DOCUMENT).dtm(), "source");
        Grouping b = Grouping.by(build(corpus(shuffled), 2, Unit.DOCUMENT).dtm(), "source");
        long totalA = a.dtm().total();
        assertThat(b.dtm().total()).isEqualTo(totalA);
        assertThat(b.dtm().vocabulary().terms()).isEqualTo(a.dtm().vocabulary().terms());
    }

    @Test
    void paragraphUnitsKeepTheirDocument() {
        CorpusBuild b = build(corpus(List.of("one two\n\nthree", "four")), 2, Unit.PARAGRAPH);
        assertThat(b.dtm().rows()).extracting(DocumentTermMatrix.RowInfo::unitId).containsExactly("d0#p1", "d0#p2", "d1#p1");
        assertThat(b.dtm().rows()).extracting(DocumentTermMatrix.RowInfo::docId).containsExactly("d0", "d0", "d1");
        assertThat(b.documents()).extracting(DocumentRecord::units).containsExactly(2, 1);
    }
}
