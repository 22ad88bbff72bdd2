package framelab.stats;

import framelab.corpus.Document;
import framelab.text.Analyzer;
import framelab.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keyword in context (AntConc's concordance, quanteda's {@code kwic}): every token matching a
 * pattern, with {@code window} tokens of context on each side, taken verbatim from the text
 * (original case and punctuation between the tokens; line breaks shown as spaces). The pattern is
 * matched against the analyzer's normalised form (lowercased), and may use {@code *} as a wildcard
 * ({@code troop*}). Possessive {@code 's} tokens are context, not matches.
 */
public final class Kwic {
    private Kwic() {
    }

    public static List<KwicRow> find(List<Document> docs, String groupBy, Analyzer analyzer, String pattern, int window) {
        if (window < 0 || window > 100) throw new IllegalArgumentException("window must be between 0 and 100, got " + window);
        if (pattern == null || pattern.isBlank()) throw new IllegalArgumentException("give a keyword to search for");
        Pattern p = glob(analyzer.normalize(pattern.strip()));
        List<KwicRow> out = new ArrayList<>();
        for (Document d : docs) {
            String text = d.text();
            // the possessive 's stays attached to its word in the context: window counts words, not clitics
            List<Token> tokens = new ArrayList<>();
            analyzer.tokenizer().tokenize(text, (t, s, e, clitic) -> {
                if (!clitic) tokens.add(new Token(t.subSequence(s, e).toString(), s, e));
            });
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!p.matcher(analyzer.normalize(t.text())).matches()) continue;
                int from = Math.max(0, i - window);
                int to = Math.min(tokens.size() - 1, i + window);
                String left = i == from ? "" : flat(text.substring(tokens.get(from).start(), t.start()));
                String right = i == to ? "" : flat(text.substring(t.end(), tokens.get(to).end()));
                out.add(new KwicRow(d.id(), d.meta().get(groupBy), i + 1, t.start(), left, t.text(), right));
            }
        }
        return out;
    }

    static Pattern glob(String s) {
        StringBuilder re = new StringBuilder();
        for (String part : s.toLowerCase(Locale.ROOT).split("\\*", -1)) {
            if (!re.isEmpty() || s.startsWith("*")) re.append(".*");
            re.append(Pattern.quote(part));
        }
        String r = re.toString();
        if (s.startsWith("*") && r.startsWith(".*.*")) r = r.substring(2);
        return Pattern.compile(r);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
