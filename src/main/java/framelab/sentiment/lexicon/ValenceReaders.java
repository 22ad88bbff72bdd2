package framelab.sentiment.lexicon;

import java.util.regex.Pattern;

/** Readers of the valence formats: VADER's lexicon file and AFINN. */
final class ValenceReaders {
    private ValenceReaders() {
    }

    static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");

    /**
     * VADER's {@code vader_lexicon.txt} (Hutto &amp; Gilbert 2014): {@code token TAB mean TAB sd TAB [ten
     * ratings]}. Only the token and its mean valence are kept; the standard deviation, when present, must
     * be a number; the ratings are not checked. framelab matches case-insensitively, so tokens are folded
     * to lower case; where two lines give the same folded token, the line written in lower case wins (the
     * one vaderSentiment's lower-cased lookup finds), and between equal lines the later one wins, as in
     * vaderSentiment, which builds its dict line by line. Both are noted. Also reads any
     * {@code word TAB score} file.
     */
    static ValenceLexicon vader(LexiconText t, String name) {
        ValenceLexicon.Builder b = ValenceLexicon.builder(name, t.location(), false);
        java.util.Set<String> lookedUp = new java.util.HashSet<>();
        String hint = "VADER lexicon lines are 'token<TAB>mean<TAB>sd<TAB>[ratings]', e.g. 'good\\t1.9\\t0.9434\\t[2, 1, ...]'";
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i);
            if (line.isBlank()) continue;
            int no = i + 1;
            String[] f = line.split("\t", -1);
            if (f.length < 2) throw t.error(no, "expected a tab after the token (VADER lexicon format); found '" + clip(line) + "'", hint);
            String mean = f[1].strip();
            if (!NUMBER.matcher(mean).matches()) {
                throw t.error(no, "expected the mean valence, a number, in the second field; found '" + clip(f[1]) + "'", hint);
            }
            if (f.length >= 3 && !f[2].isBlank() && !NUMBER.matcher(f[2].strip()).matches()) {
                throw t.error(no, "expected the standard deviation, a number, in the third field; found '" + clip(f[2]) + "'", hint);
            }
            String word = f[0];
            t.guard(no, hint, () -> {
                String key = Patterns.normalize(word, false);
                boolean asLookedUp = key.equals(word.strip());
                if (!b.contains(word)) {
                    b.replace(word, Double.parseDouble(mean));
                    if (asLookedUp) lookedUp.add(key);
                } else if (asLookedUp || !lookedUp.contains(key)) {
                    b.note(t.at(no) + ": '" + word.strip() + "' listed again; the later line wins (as in vaderSentiment)");
                    b.replace(word, Double.parseDouble(mean));
                    if (asLookedUp) lookedUp.add(key);
                } else {
                    b.note(t.at(no) + ": '" + word.strip() + "' folds to '" + key + "', which is listed as such; kept that line, "
                            + "the one vaderSentiment's lower-cased lookup finds");
                }
            });
        }
        if (t.charsetNote() != null) b.note(t.charsetNote());
        return b.build();
    }

    /** AFINN (Nielsen 2011): {@code word-or-phrase TAB integer}, one entry per line; blank lines are skipped. */
    static ValenceLexicon afinn(LexiconText t, String name) {
        ValenceLexicon.Builder b = ValenceLexicon.builder(name, t.location(), false);
        String hint = "AFINN lines are 'word<TAB>integer score', e.g. 'abandon\\t-2'; for decimal scores use the VADER format";
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i);
            if (line.isBlank()) continue;
            int no = i + 1;
            String[] f = line.split("\t", -1);
            if (f.length != 2) {
                throw t.error(no, "expected 2 tab-separated fields (word, integer score); found " + f.length + " in '" + clip(line) + "'", hint);
            }
            String score = f[1].strip();
            if (!INTEGER.matcher(score).matches()) {
                throw t.error(no, "expected an integer score; found '" + clip(f[1]) + "'", hint);
            }
            t.guard(no, hint, () -> b.put(f[0], Long.parseLong(score.startsWith("+") ? score.substring(1) : score)));
        }
        if (t.charsetNote() != null) b.note(t.charsetNote());
        return b.build();
    }

    /** A line shortened for an error message. */
    static String clip(String s) {
        String v = s.replace("\t", "\\t");
        return v.length() <= 60 ? v : v.substring(0, 57) + "...";
    }
}
