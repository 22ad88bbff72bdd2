package framelab.framing.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The word lists a run uses, loaded once and shared read-only by every document. */
record QuoteRules(SpeechVerbs verbs, Roles roles, AttributionWords words, NounPhrases phrases, Set<String> phraseStarts) {

    static QuoteRules bundled() {
        SpeechVerbs v = SpeechVerbs.bundled();
        Roles r = Roles.bundled();
        AttributionWords w = AttributionWords.bundled();
        return new QuoteRules(v, r, w, new NounPhrases(r, w), v.phraseStarts());
    }

    /** Words written with a dot that stay one token with it: dotted honorifics and abbreviated titles. */
    boolean dotted(String lowerWithDot) {
        return words.dotted(lowerWithDot) || roles.lookup(lowerWithDot) != null;
    }

    /** The role list's category of a title written out ("Russian Deputy Foreign Minister" → politician), or "". */
    String roleCategory(String role) {
        if (role.isEmpty()) return "";
        List<String> ws = new ArrayList<>();
        for (String w : role.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s-]+")) if (!w.isEmpty()) ws.add(w);
        String category = "";
        for (int i = 0; i < ws.size(); ) {
            Roles.Match m = roles.longest(ws, i);
            if (m == null) {
                i++;
            } else {
                category = m.role().category();
                i = m.end();
            }
        }
        return category;
    }

    String spec() {
        return "verbs=framelab/framing/" + SpeechVerbs.FILE + "(" + verbs.size() + "), roles=framelab/framing/" + Roles.FILE + "("
                + roles.size() + "), words=framelab/framing/" + AttributionWords.FILE;
    }
}
