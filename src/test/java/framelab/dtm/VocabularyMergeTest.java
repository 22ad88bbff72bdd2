package framelab.dtm;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.text.Analyzer;
import framelab.text.AnalyzerSession;
import framelab.text.Stopwords;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link VocabularyMerge} against a {@link TreeSet} of all used terms as the oracle. */
class VocabularyMergeTest {
    private static final String[] WORDS = {"a", "b", "ab", "ba", "zebra", "Zebra", "éclair", "eclair", "ü", "日本", "x1", "x10",
            "x2", "aa", "aaa", "mörder", "n't", "co-op", "coop", "z"};

    @Test
    void unionIsTheSortedDistinctTermsAndMapsEveryLocalId() {
        Random r = new Random(7);
        Analyzer analyzer = Analyzer.builder().stopwords(Stopwords.none()).lowercase(false).build();
        for (int round = 0; round < 200; round++) {
            int nSessions = 1 + r.nextInt(4);
            AnalyzerSession[] sessions = new AnalyzerSession[nSessions];
            boolean[][] used = new boolean[nSessions][];
            String[][] lists = new String[nSessions][];
            TreeSet<String> oracle = new TreeSet<>();
            for (int s = 0; s < nSessions; s++) {
                sessions[s] = analyzer.newSession();
                List<String> words = new ArrayList<>();
                for (int i = r.nextInt(30); i > 0; i--) words.add(WORDS[r.nextInt(WORDS.length)]);
                sessions[s].analyzeIntoBuffers(String.join(" ", words));
                used[s] = new boolean[sessions[s].termCount()];
                for (int id = 0; id < used[s].length; id++) {
                    used[s][id] = r.nextInt(4) > 0;
                    if (used[s][id]) oracle.add(sessions[s].term(id));
                }
                lists[s] = VocabularyMerge.sortedTerms(sessions[s], used[s]);
            }
            int[][] toGlobal = new int[nSessions][];
            for (int s = 0; s < nSessions; s++) {
                toGlobal[s] = new int[sessions[s].termCount()];
                java.util.Arrays.fill(toGlobal[s], -1);
            }
            String[] union = VocabularyMerge.union(lists, sessions, toGlobal);
            assertThat(union).containsExactly(oracle.toArray(String[]::new));
            for (int s = 0; s < nSessions; s++) {
                for (int id = 0; id < used[s].length; id++) {
                    if (used[s][id]) {
                        assertThat(union[toGlobal[s][id]]).isEqualTo(sessions[s].term(id));
                    } else {
                        assertThat(toGlobal[s][id]).isEqualTo(-1);
                    }
                }
            }
        }
    }
}
