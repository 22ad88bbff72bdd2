package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.text.Analyzer;
import framelab.text.Stopwords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollocatesTest {
    @Test
    void statisticsByHand() {
        // terms: troops deploy troops border tanks border (N = 6); node "troops" (f=2), window 1 each side
        List<Document> docs = List.of(new Document("d", "troops deploy troops border tanks border", DocMeta.of(Map.of("source", "A")), "t"));
        List<CollocateRow> rows = Collocates.find(docs, "source", Analyzer.builder().stopwords(Stopwords.none()).build(), "troops", 1, 1, 1);
        CollocateRow deploy = rows.stream().filter(r -> r.group().equals("(all)") && r.collocate().equals("deploy")).findFirst().orElseThrow();
        // deploy is next to both troops: O = 2, f_c = 1 ... O cannot exceed f_c in a real corpus, but windows overlap here
        assertThat(deploy.observed()).isEqualTo(2);
        assertThat(deploy.g2()).isFinite();
        CollocateRow border = rows.stream().filter(r -> r.group().equals("(all)") && r.collocate().equals("border")).findFirst().orElseThrow();
        assertThat(border.observed()).isEqualTo(1);
        double e = 2.0 * 2 * 2 / 6; // f_n * f_c * W / N
        assertThat(border.expected()).isCloseTo(e, within(1e-12));
        assertThat(border.mi()).isCloseTo(Math.log(1 / e) / Math.log(2), within(1e-12));
        assertThat(border.tScore()).isCloseTo((1 - e) / 1.0, within(1e-12));
        assertThat(border.logDice()).isCloseTo(14 + Math.log(2.0 * 1 / (2 + 2)) / Math.log(2), within(1e-12));
        assertThat(rows).extracting(CollocateRow::group).contains("(all)", "A");
    }

    @Test
    void nodeThatIsAStopwordIsExplained() {
        List<Document> docs = List.of(new Document("d", "the troops", DocMeta.of(Map.of("source", "A")), "t"));
        assertThatThrownBy(() -> Collocates.find(docs, "source", Analyzer.defaults(), "the", 5, 5, 1)).hasMessageContaining("--stopwords none");
    }
}
