package framelab.framing.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The speech verbs of {@code framelab/framing/speech-verbs-en.csv}: lemma → category and whether the verb
 * takes a hearer or target before the reported content. {@link #candidate} is a cheap pre-filter on
 * surface forms (regular inflections generated, irregular ones listed) so that only sentences that may hold
 * a speech verb are tagged; the tagger's lemma decides. Immutable.
 */
final class SpeechVerbs {
    static final String FILE = "speech-verbs-en.csv";

    /** One speech verb. */
    record Verb(String lemma, String category, boolean takesObject) {
    }

    private final Map<String, Verb> byLemma;
    private final Map<String, Verb> phrases;
    private final Set<String> forms;
    private final Map<String, Verb> irregular;

    private SpeechVerbs(Map<String, Verb> byLemma, Map<String, Verb> phrases, Set<String> forms, Map<String, Verb> irregular) {
        this.byLemma = byLemma;
        this.phrases = phrases;
        this.forms = forms;
        this.irregular = irregular;
    }

    static SpeechVerbs bundled() {
        WordListFile f = WordListFile.bundled(FILE, List.of("lemma", "category", "object", "forms"));
        Map<String, Verb> byLemma = new LinkedHashMap<>();
        Map<String, Verb> phrases = new LinkedHashMap<>();
        Set<String> forms = new HashSet<>();
        Map<String, Verb> irregular = new HashMap<>();
        for (WordListFile.Row r : f.rows()) {
            String lemma = r.get(0).toLowerCase(Locale.ROOT);
            String obj = r.get(2);
            if (!obj.equals("yes") && !obj.equals("no")) {
                throw new IllegalStateException(f.location() + ":" + r.line() + ": object must be yes or no, got '" + obj + "'");
            }
            Verb v = new Verb(lemma, r.get(1), obj.equals("yes"));
            if (lemma.contains(" ")) {
                phrases.put(lemma, v);
                continue;
            }
            if (byLemma.put(lemma, v) != null) throw new IllegalStateException(f.location() + ":" + r.line() + ": '" + lemma + "' listed twice");
            forms.addAll(regularForms(lemma));
            if (r.get(3).isEmpty()) continue;
            for (String x : r.get(3).split("\\|")) {
                String form = x.strip().toLowerCase(Locale.ROOT);
                forms.add(form);
                irregular.put(form, v);
            }
        }
        return new SpeechVerbs(Map.copyOf(byLemma), Map.copyOf(phrases), Set.copyOf(forms), Map.copyOf(irregular));
    }

    /** Lemma, -s, -es, -d, -ed, -ing, e-dropping, y → ies/ied and consonant doubling: over-generation is harmless. */
    static Set<String> regularForms(String l) {
        Set<String> s = new HashSet<>(List.of(l, l + "s", l + "es", l + "d", l + "ed", l + "ing"));
        char last = l.charAt(l.length() - 1);
        if (last == 'e') s.add(l.substring(0, l.length() - 1) + "ing");
        if (last == 'y' && l.length() > 1 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
            String stem = l.substring(0, l.length() - 1);
            s.add(stem + "ies");
            s.add(stem + "ied");
        }
        if ("aeiouywx".indexOf(last) < 0) {
            s.add(l + last + "ed");
            s.add(l + last + "ing");
        }
        return s;
    }

    /** True when a lowercased token may be a form of a speech verb. */
    boolean candidate(String lower) {
        return forms.contains(lower);
    }

    /** The verb of a lemma, or null. */
    Verb verb(String lemma) {
        return byLemma.get(lemma);
    }

    /**
     * The verb of a listed irregular form ("said", "told"), or null. These forms are verbs whatever the
     * tagger says: it sometimes calls "says" a noun.
     */
    Verb irregular(String lower) {
        return irregular.get(lower);
    }

    /** The verb entry of a fixed phrase such as {@code according to}, or null. */
    Verb phrase(String words) {
        return phrases.get(words);
    }

    /** The first words of the fixed phrases, for the pre-filter. */
    Set<String> phraseStarts() {
        Map<String, Boolean> m = new HashMap<>();
        for (String p : phrases.keySet()) m.put(p.substring(0, p.indexOf(' ')), true);
        return Set.copyOf(m.keySet());
    }

    int size() {
        return byLemma.size() + phrases.size();
    }
}
