package framelab.sentiment.lexicon;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Readers of the line-per-entry category formats: word lists, Empath, NRC EmoLex, MPQA. */
final class ListReaders {
    private ListReaders() {
    }

    /**
     * One word or phrase per line, all in {@code category}; blank lines and lines starting with {@code ;}
     * or {@code #} are skipped (the comment header of Hu &amp; Liu's {@code positive-words.txt}). A line
     * with a tab is an error: it is some other format.
     */
    static CategoryLexicon wordList(LexiconText t, String name, String category) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), false).category(category);
        String hint = "a word list has one word or phrase per line ('#' or ';' starts a comment); "
                + "for 'word<TAB>score' use the AFINN or VADER format, for 'word<TAB>emotion<TAB>0/1' NRC_EMOLEX";
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i).strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) continue;
            int no = i + 1;
            if (line.indexOf('\t') >= 0) {
                throw t.error(no, "expected one word or phrase; found a tab in '" + ValenceReaders.clip(line) + "'", hint);
            }
            t.guard(no, hint, () -> b.add(line, category));
        }
        return finish(t, b);
    }

    /**
     * Empath's {@code categories.tsv} (Fast, Chen &amp; Bernstein 2016): {@code category TAB word TAB word …}.
     * Multiword terms are written with {@code _}: the term {@code so_much_pain} is read as the phrase
     * "so much pain"; category names keep theirs ({@code social_media}). Repeated words are kept once.
     */
    static CategoryLexicon empath(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), false);
        String hint = "Empath lines are 'category<TAB>word<TAB>word...'";
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i);
            if (line.isBlank()) continue;
            int no = i + 1;
            String[] f = line.split("\t", -1);
            String cat = f[0].strip();
            if (f.length < 2) throw t.error(no, "expected a category, a tab and its words; found no tab in '" + ValenceReaders.clip(line) + "'", hint);
            if (cat.isEmpty()) throw t.error(no, "expected a category name before the first tab; found none", hint);
            b.category(cat);
            for (int k = 1; k < f.length; k++) {
                String w = f[k].strip().replace('_', ' ');
                if (!w.isBlank()) t.guard(no, hint, () -> b.add(w, cat));
            }
        }
        return finish(t, b);
    }

    /**
     * The NRC Emotion Lexicon, word-level file (Mohammad &amp; Turney 2013): {@code word TAB emotion TAB 0|1}.
     * A word joins an emotion when the association is 1; every emotion named in the file is a category
     * (so positive and negative make it a polarity dictionary). A first line whose third field is not a
     * number is taken for a header and skipped.
     */
    static CategoryLexicon nrc(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), false);
        String hint = "NRC EmoLex word-level lines are 'word<TAB>emotion<TAB>0 or 1', e.g. 'abandon\\tfear\\t1'";
        boolean first = true;
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i);
            if (line.isBlank()) continue;
            int no = i + 1;
            String[] f = line.split("\t", -1);
            if (first && f.length == 3 && !f[2].strip().matches("-?\\d+(\\.\\d+)?")) {
                first = false;
                continue; // header row
            }
            first = false;
            if (f.length != 3) {
                throw t.error(no, "expected 3 tab-separated fields (word, emotion, 0/1); found " + f.length + " in '" + ValenceReaders.clip(line) + "'", hint);
            }
            String word = f[0].strip();
            String emotion = f[1].strip();
            String assoc = f[2].strip();
            if (word.isEmpty() || emotion.isEmpty()) throw t.error(no, "expected a word and an emotion; found an empty field", hint);
            if (!assoc.equals("0") && !assoc.equals("1")) throw t.error(no, "expected association 0 or 1; found '" + ValenceReaders.clip(assoc) + "'", hint);
            b.category(emotion);
            if (assoc.equals("1")) t.guard(no, hint, () -> b.add(word, emotion));
        }
        return finish(t, b);
    }

    /**
     * MPQA subjectivity clues (Wilson, Wiebe &amp; Hoffmann 2005), {@code subjclueslen1-HLTEMNLP05.tff}:
     * space-separated {@code key=value} pairs. {@code word1} and {@code priorpolarity} are required; the
     * category is the prior polarity (positive, negative, neutral, both). {@code stemmed1=y} ("any
     * inflection") becomes the prefix pattern {@code word*}. Parts of speech are ignored (framelab does not
     * tag), so a word listed with different polarities for different parts of speech joins each of them.
     * Tokens without {@code =} (stray characters in the distributed file) are ignored.
     */
    static CategoryLexicon mpqa(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), true);
        String hint = "MPQA lines are 'type=strongsubj len=1 word1=abandoned pos1=adj stemmed1=n priorpolarity=negative'";
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i);
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            int no = i + 1;
            Map<String, String> kv = new LinkedHashMap<>();
            for (String tok : line.strip().split("\\s+")) {
                int eq = tok.indexOf('=');
                if (eq > 0) kv.put(tok.substring(0, eq).toLowerCase(Locale.ROOT), tok.substring(eq + 1));
            }
            String word = kv.get("word1");
            String pol = kv.get("priorpolarity");
            if (word == null || word.isBlank() || pol == null || pol.isBlank()) {
                throw t.error(no, "expected key=value pairs with word1= and priorpolarity=; found '" + ValenceReaders.clip(line) + "'", hint);
            }
            if (word.indexOf('*') >= 0) throw t.error(no, "expected a word in word1=; found '" + word + "' with a '*'", hint);
            String pattern = "y".equalsIgnoreCase(kv.get("stemmed1")) ? word + "*" : word;
            String cat = pol.toLowerCase(Locale.ROOT);
            t.guard(no, hint, () -> b.add(pattern, cat));
        }
        return finish(t, b);
    }

    static CategoryLexicon finish(LexiconText t, CategoryLexicon.Builder b) {
        if (t.charsetNote() != null) b.note(t.charsetNote());
        return b.build();
    }
}
