package framelab.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.stats.Bootstrap;
import framelab.stats.MultipleTesting;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

class SentimentAggregatesTest {
    static List<SentimentRow> rows() {
        List<SentimentRow> r = new ArrayList<>();
        double[] tabloid = {-0.8, -0.6, -0.3, 0.1, -0.5, -0.7, 0.02, -0.9, -0.4, -0.2, -0.65, -0.1};
        double[] wire = {0.2, -0.1, 0.0, 0.3, -0.2, 0.1, 0.04, 0.5, -0.3, 0.15, 0.25, 0.12, 0.33};
        for (int i = 0; i < tabloid.length; i++) r.add(new SentimentRow("t" + i, "sentence", "t#s" + i, "tabloid", "vader", "compound", tabloid[i]));
        for (int i = 0; i < wire.length; i++) r.add(new SentimentRow("w" + i, "sentence", "w#s" + i, "wire", "vader", "compound", wire[i]));
        return r;
    }

    @Test
    void summaryByHand() {
        List<GroupSummary> s = SentimentAggregates.summarize("outlet_type", rows(), Bootstrap.DEFAULT);
        GroupSummary t = s.stream().filter(x -> x.group().equals("tabloid")).findFirst().orElseThrow();
        assertThat(t.n()).isEqualTo(12);
        assertThat(t.mean()).isCloseTo(-5.03 / 12, within(1e-12));
        assertThat(t.sharePositive()).isEqualTo(1.0 / 12); // 0.1 only: 0.02 is inside VADER's neutral band
        assertThat(t.shareNegative()).isEqualTo(10.0 / 12); // -0.1 .. -0.9 (all below -0.05)
        assertThat(t.median()).isCloseTo(-0.45, within(1e-12));
        assertThat(t.ciLow()).isLessThan(t.mean());
        assertThat(t.ciHigh()).isGreaterThan(t.mean()).isLessThan(0);
    }

    @Test
    void differenceAgreesWithCommonsMathMannWhitney() {
        List<GroupDifference> d = SentimentAggregates.differences("outlet_type", rows(), Bootstrap.DEFAULT, MultipleTesting.BH);
        assertThat(d).hasSize(1);
        GroupDifference g = d.get(0);
        double[] a = rows().stream().filter(r -> r.group().equals("tabloid")).mapToDouble(SentimentRow::value).toArray();
        double[] b = rows().stream().filter(r -> r.group().equals("wire")).mapToDouble(SentimentRow::value).toArray();
        // U statistic: commons-math3 reports max(U1, U2); ours is U of the first sample
        double u1 = g.u();
        double u2 = (double) a.length * b.length - u1;
        assertThat(Math.max(u1, u2)).isCloseTo(new MannWhitneyUTest().mannWhitneyU(a, b), within(1e-9));
        assertThat(g.p()).isLessThan(0.01);
        assertThat(g.cliffsDelta()).isLessThan(-0.5);
        assertThat(g.meanDiff()).isNegative();
        assertThat(g.ciHigh()).isNegative();
    }
}
