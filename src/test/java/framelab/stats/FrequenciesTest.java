package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.corpus.DocMeta;
import framelab.dtm.DocumentTermMatrix;
import framelab.dtm.Grouping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrequenciesTest {
    static Grouping grouping() {
        List<DocumentTermMatrix.RowInfo> rows = List.of(
                new DocumentTermMatrix.RowInfo("1", "1", DocMeta.of(Map.of("source", "AP"))),
                new DocumentTermMatrix.RowInfo("2", "2", DocMeta.of(Map.of("source", "AP"))),
                new DocumentTermMatrix.RowInfo("3", "3", DocMeta.of(Map.of("source", "TASS"))));
        DocumentTermMatrix m = DocumentTermMatrix.fromTerms(rows, List.of(
                List.of("troops", "troops", "nato"), List.of("troops", "border"), List.of("nato", "provocation")), "test");
        return Grouping.by(m, "source");
    }

    @Test
    void countsPerMillionDocFreqAndRankByHand() {
        List<FrequencyRow> f = Frequencies.byGroup(grouping(), 0);
        assertThat(f).filteredOn(r -> r.group().equals("AP")).extracting(FrequencyRow::term, FrequencyRow::count, FrequencyRow::docFreq, FrequencyRow::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("troops", 3L, 2, 1), org.assertj.core.groups.Tuple.tuple("border", 1L, 1, 2),
                        org.assertj.core.groups.Tuple.tuple("nato", 1L, 1, 3));
        assertThat(f.get(0).perMillion()).isEqualTo(3e6 / 5);
        assertThat(Frequencies.byGroup(grouping(), 1)).hasSize(2);
    }

    @Test
    void keynessAgainstRestEqualsKeynessAgainstTheOnlyOtherGroup() {
        Grouping g = grouping();
        assertThat(Keyness.againstRest(g, "AP", KeynessOptions.DEFAULTS)).isEqualTo(Keyness.against(g, "AP", List.of("TASS"), KeynessOptions.DEFAULTS).stream()
                .map(r -> new KeynessRow(r.groupBy(), r.target(), "(rest)", r.term(), r.countTarget(), r.countReference(), r.totalTarget(),
                        r.totalReference(), r.g2(), r.p(), r.pAdjusted(), r.logRatio(), r.pctDiff(), r.chi2(), r.logOddsZ())).toList());
        List<KeynessRow> k = Keyness.againstRest(g, "AP", KeynessOptions.DEFAULTS);
        assertThat(k.get(0).term()).isEqualTo("troops");
        assertThat(k.get(0).g2()).isPositive().isEqualTo(TwoByTwo.g2(3, 0, 5, 2));
        assertThat(k).extracting(KeynessRow::g2).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void keynessTopKeepsTheExtremesOfBothSignsAfterAdjustingOverAllTerms() {
        Grouping g = grouping();
        List<KeynessRow> all = Keyness.againstRest(g, "AP", KeynessOptions.DEFAULTS);
        List<KeynessRow> top1 = Keyness.againstRest(g, "AP", KeynessOptions.DEFAULTS.withTop(1));
        assertThat(top1).containsExactly(all.get(0), all.get(all.size() - 1));
        assertThat(all.get(all.size() - 1).g2()).isNegative();
    }

    @Test
    void unknownTargetListsTheGroups() {
        assertThatThrownBy(() -> Keyness.againstRest(grouping(), "Reuters", KeynessOptions.DEFAULTS))
                .hasMessageContaining("no group 'Reuters'").hasMessageContaining("[AP, TASS]");
        assertThatThrownBy(() -> Grouping.by(grouping().dtm(), "outlet")).hasMessageContaining("[source]");
    }

    @Test
    void lexicalDiversityByHand() {
        int[] w = {1, 2, 1, 3, 2, 4};
        assertThat(LexicalDiversity.ttr(w)).isEqualTo(4.0 / 6);
        // windows of 3: {1,2,1}=2 {2,1,3}=3 {1,3,2}=3 {3,2,4}=3 → mean 11/12 types per window → /3
        assertThat(LexicalDiversity.mattr(w, 3)).isEqualTo((2 + 3 + 3 + 3) / 4.0 / 3);
        assertThat(LexicalDiversity.mattr(new int[] {1, 1}, 100)).isEqualTo(0.5);
    }
}
