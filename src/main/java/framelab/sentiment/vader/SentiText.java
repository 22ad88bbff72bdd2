package framelab.sentiment.vader;

import java.util.Arrays;

/**
 * One text cut into VADER's {@code words_and_emoticons}: split on Python whitespace, each token stripped of
 * {@code string.punctuation} at both ends unless that leaves two characters or fewer (then it is kept whole,
 * which preserves emoticons like ":)" and also keeps "a," or "I." as they are). One-letter words are kept,
 * as at commit 44fc044 (older releases dropped them). Also counts "!" and "?" for punctuation emphasis.
 * A fresh instance per call: never shared.
 */
final class SentiText {
    final int n;
    final String[] words;
    final String[] lower;
    final boolean[] upper;
    /** {@code allcap_differential}: some but not all tokens are ALL CAPS. */
    final boolean capDiff;
    final int exclamations;
    final int questions;

    private SentiText(int n, String[] words, String[] lower, boolean[] upper, boolean capDiff, int exclamations, int questions) {
        this.n = n;
        this.words = words;
        this.lower = lower;
        this.upper = upper;
        this.capDiff = capDiff;
        this.exclamations = exclamations;
        this.questions = questions;
    }

    static SentiText of(String text, VaderLexicon lexicon) {
        int keepWholeMax = lexicon.rules().stripKeepWholeMax();
        int len = text.length();
        String[] words = new String[Math.max(8, len / 5 + 1)];
        int n = 0;
        int exclamations = 0;
        int questions = 0;
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            if (PyText.isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && !PyText.isSpace(c = text.charAt(i))) {
                if (c == '!') exclamations++;
                else if (c == '?') questions++;
                i++;
            }
            int a = start;
            int b = i;
            while (a < b && lexicon.stripsChar(text.charAt(a))) a++;
            while (b > a && lexicon.stripsChar(text.charAt(b - 1))) b--;
            String word = (b - a == i - start || PyText.length(text, a, b) <= keepWholeMax)
                    ? text.substring(start, i)
                    : text.substring(a, b);
            if (n == words.length) words = Arrays.copyOf(words, n * 2);
            words[n++] = word;
        }
        String[] lower = new String[n];
        boolean[] upper = new boolean[n];
        int upperCount = 0;
        for (int k = 0; k < n; k++) {
            lower[k] = PyText.lower(words[k]);
            if (PyText.isUpper(words[k])) {
                upper[k] = true;
                upperCount++;
            }
        }
        return new SentiText(n, words, lower, upper, upperCount > 0 && upperCount < n, exclamations, questions);
    }
}
