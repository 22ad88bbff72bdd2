package framelab.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedWordsTest {
    @Test
    void remembersEveryKeyThroughGrowth() {
        PackedWords p = new PackedWords(16);
        Map<Long, Integer> expected = new HashMap<>();
        Random rnd = new Random(3);
        while (expected.size() < 200_000) {
            int len = 1 + rnd.nextInt(Tokenizer.PACKED_MAX);
            long key = (long) len << 56;
            for (int i = 0; i < len; i++) key = key | (long) ('a' + rnd.nextInt(26)) << (8 * i);
            if (expected.containsKey(key)) continue;
            assertThat(p.get(key)).isEqualTo(-1);
            p.put(key, expected.size());
            expected.put(key, expected.size());
        }
        expected.forEach((k, v) -> assertThat(p.get(k)).isEqualTo(v));
    }

    @Test
    void aSessionWithManyShortFormsKeepsThemApart() {
        // more distinct short forms than the session's initial tables hold, each read back by its own id
        AnalyzerSession s = Analyzer.builder().stopwords(Stopwords.none()).build().newSession();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60_000; i++) text.append(Integer.toString(i, 36)).append(i % 3 == 0 ? "X " : " ");
        int[] ids = s.analyze(text.toString()).words();
        String[] tokens = text.toString().split(" ");
        assertThat(ids).hasSize(tokens.length);
        for (int i = 0; i < ids.length; i++) assertThat(s.word(ids[i])).isEqualTo(tokens[i].toLowerCase(java.util.Locale.ROOT));
        assertThat(s.analyze(text.toString()).words()).isEqualTo(ids);
    }
}
