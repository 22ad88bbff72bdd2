package framelab.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One scorer shared by several threads gives exactly the single-threaded results. */
class VaderConcurrencyTest {
    @Test
    void sharedScorerIsThreadSafe() throws Exception {
        List<String> texts = VaderGoldenTest.golden().stream().map(VaderGoldenTest.Row::text).toList();
        VaderScorer vader = new VaderScorer(VaderLexicon.bundled());
        List<VaderScores> expected = texts.stream().map(vader::score).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<VaderScores>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<VaderScores> out = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        out.clear();
                        for (String s : texts) out.add(vader.score(s));
                    }
                    return out;
                }));
            }
            for (Future<List<VaderScores>> f : runs) assertThat(f.get()).isEqualTo(expected);
        }
    }
}
