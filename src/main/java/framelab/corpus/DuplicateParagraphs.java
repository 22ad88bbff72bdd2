package framelab.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes later copies of a paragraph that already occurred in the same document, also when the
 * copies differ only in quote characters (' ’ ‘, " “ ”), dashes (- – —), whitespace or a final full
 * stop; the first copy stays. Scraped pages repeat photo captions (the Daily Mail prints each one twice), titles and
 * standfirsts, which would otherwise double their words' counts.
 *
 * <p>Paragraphs are blank-line separated, or one per line when the text has no blank lines. Inside a
 * multi-line paragraph each line is also compared on its own, because a caption often sits as the
 * last line of a block and is repeated as a paragraph of its own. Units shorter than
 * {@value #MIN_CHARS} characters (after normalisation) are never treated as copies: short lines
 * legitimately recur (a song's refrain, the same question put to each of several pundits, a
 * signature), while the copies scrapers make are captions and titles, which are longer.
 */
final class DuplicateParagraphs {
    static final String RULE = "duplicate-paragraph";
    static final int MIN_CHARS = 40;

    private DuplicateParagraphs() {
    }

    static void apply(MarkedLines t) {
        List<int[]> paragraphs = t.paragraphs();
        if (paragraphs.size() < 2 && (paragraphs.isEmpty() || paragraphs.get(0).length < 2)) return;
        Set<String> seen = new HashSet<>();
        for (int[] p : paragraphs) {
            String key;
            if (p.length == 1) {
                key = Texts.comparisonKey(t.raw(p[0]));
            } else {
                StringBuilder sb = new StringBuilder();
                for (int i : p) sb.append(t.raw(i)).append(' ');
                key = Texts.comparisonKey(sb);
            }
            if (key.length() >= MIN_CHARS && seen.contains(key)) {
                t.remove(p[0], p[p.length - 1], RULE);
                continue;
            }
            if (p.length > 1) {
                for (int i : p) {
                    String line = Texts.comparisonKey(t.raw(i));
                    if (line.length() < MIN_CHARS) continue;
                    if (!seen.add(line)) t.remove(i, i, RULE);
                }
            }
            seen.add(key);
        }
    }
}
