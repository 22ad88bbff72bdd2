package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.text.Analyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KwicTest {
    static final List<Document> DOCS = List.of(new Document("d1", "He’s going to deploy Troops\nto Poland. NATO’s troops stay.",
            DocMeta.of(Map.of("source", "AP")), "t"));

    @Test
    void contextIsVerbatimAndClitisStayWithTheirWord() {
        List<KwicRow> rows = Kwic.find(DOCS, "source", Analyzer.defaults(), "troops", 2);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new KwicRow("d1", "AP", 5, 21, "to deploy", "Troops", "to Poland"));
        assertThat(rows.get(1).left()).isEqualTo("Poland. NATO’s");
        assertThat(rows.get(1).right()).isEqualTo("stay");
    }

    @Test
    void wildcardMatchesPrefixes() {
        assertThat(Kwic.find(DOCS, "source", Analyzer.defaults(), "troop*", 0)).extracting(KwicRow::keyword).containsExactly("Troops", "troops");
        assertThat(Kwic.find(DOCS, "source", Analyzer.defaults(), "*land", 0)).extracting(KwicRow::keyword).containsExactly("Poland");
    }
}
