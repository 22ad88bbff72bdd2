package framelab.framing.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Noun phrases around speech verbs, from UD part-of-speech tags, and their split into name and title:
 * the role list's last match ends the title, what follows is the name ("Pentagon spokesman | John Kirby",
 * "US Secretary of Defense | Lloyd Austin", "Spanish newspaper | El Pais"); a leading determiner and an
 * honorific are dropped from the speaker ("the Kremlin" → Kremlin, "Mr. Singh" → Singh).
 */
final class NounPhrases {
    /** Longest phrase considered, in tokens. */
    static final int MAX_TOKENS = 12;
    private final Roles roles;
    private final AttributionWords words;

    NounPhrases(Roles roles, AttributionWords words) {
        this.roles = roles;
        this.words = words;
    }

    /**
     * A speaker phrase as written.
     *
     * @param speaker      the name (or the whole phrase when it has no name), without determiner or honorific
     * @param role         the title before the name, or the whole phrase when it is a nameless title; "" otherwise
     * @param category     the role list's category of the title or speaking body, or ""
     * @param person       whether the phrase names a person (a title or honorific with a name, or two or more
     *                     capitalised proper nouns)
     * @param definiteRole a nameless title with "the" ("the President"), which may refer to a named person
     * @param roleHead     the last word of the title ("president"), or ""
     * @param introduced   a name given with a person's title or an honorific ("Kremlin spokesman Dmitry Peskov")
     * @param plausible    whether the phrase can name a speaker on its own: it has a capital letter, a title or
     *                     speaking body, an honorific, or it is two or three nouns that do not end in a plural -s
     *                     ("nigel farage"). A lone lowercase noun ("pensions") can speak only as a surname the
     *                     document gave before — lowercased text otherwise turns any noun before "said" into a speaker
     * @param epithet      "the" and a description without title, body or name ("The former heavyweight champion of the
     *                     world"), which news writing uses to refer back to the person who spoke
     */
    record Phrase(String speaker, String role, String category, boolean person, boolean definiteRole, String roleHead,
                  boolean introduced, boolean plausible, boolean epithet) {
        static final Phrase NONE = new Phrase("", "", "", false, false, "", false, false, false);
    }

    boolean inner(TaggedSentence t, int i) {
        if (i < 0 || i >= t.n || t.isQuote(i)) return false;
        return t.nounish(i) || t.is(i, "ADJ") || t.is(i, "NUM") || t.word(i, "'s") || words.honorific(t.lower[i]);
    }

    private boolean determiner(TaggedSentence t, int i) {
        return t.is(i, "DET") || (t.is(i, "PRON") && (t.word(i, "his") || t.word(i, "her") || t.word(i, "their") || t.word(i, "its")));
    }

    /** The first token of the noun phrase that ends at token {@code e}, or -1 when {@code e} is not a noun. */
    int leftStart(TaggedSentence t, int e) {
        if (!t.nounish(e) && !t.is(e, "NUM")) return -1;
        int i = e;
        while (i - 1 >= 0 && e - i + 1 < MAX_TOKENS) {
            int j = i - 1;
            if (words.time(t.lower[j])) break;
            if (inner(t, j)) {
                i = j;
            } else if (determiner(t, j)) {
                if (t.word(j - 1, "of") && t.nounish(j - 2) && t.capitalised(j - 2) == t.capitalised(e)) {
                    i = j - 2;
                    continue;
                }
                if (t.word(j - 1, "and") && t.is(j - 2, "PROPN") && t.capitalised(j - 2) && !inner(t, j - 3) && t.capitalised(e)) {
                    return j - 2; // "Ukraine and the West say"
                }
                return j;
            } else if (t.word(j, "of") && t.nounish(j - 1) && t.capitalised(i) && t.capitalised(j - 1)) {
                i = j - 1;
            } else if (t.word(j, "and") && t.is(j - 1, "PROPN") && t.is(i, "PROPN") && t.capitalised(i) && i == e && !inner(t, j - 2)) {
                i = j - 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end (exclusive) of the noun phrase that starts at token {@code s}, or {@code s} when there is none. */
    int rightEnd(TaggedSentence t, int s) {
        int i = s;
        if (determiner(t, i)) i++;
        int nouns = 0;
        while (i < t.n && i - s < MAX_TOKENS) {
            if (inner(t, i)) {
                if (t.nounish(i)) nouns++;
                i++;
            } else if (t.word(i, "of") && nouns > 0 && t.capitalised(i - 1) && (t.capitalised(i + 1) || determiner(t, i + 1) && t.capitalised(i + 2))) {
                i++;
            } else if (t.word(i, "and") && i - 1 == s && t.is(i - 1, "PROPN") && t.is(i + 1, "PROPN") && t.capitalised(i + 1) && !inner(t, i + 2)) {
                i++;
            } else {
                break;
            }
        }
        while (i > s && !t.nounish(i - 1) && !t.is(i - 1, "NUM")) i--;
        return nouns == 0 ? s : i;
    }

    /** True when tokens [a, b) hold a title or speaking body of the role list. */
    boolean titled(TaggedSentence t, int a, int b) {
        List<String> ws = new ArrayList<>();
        for (int i = a; i < b; i++) for (String w : t.lower[i].split("-")) if (!w.isEmpty()) ws.add(w);
        for (int w = 0; w < ws.size(); w++) if (roles.longest(ws, w) != null) return true;
        return false;
    }

    /** Splits tokens [a, b) of a phrase into speaker and title. */
    Phrase parse(String doc, TaggedSentence t, int a, int b) {
        while (b - 1 > a && words.time(t.lower[b - 1])) b--;
        boolean definite = t.word(a, "the");
        while (a < b && (determiner(t, a) || t.word(a, "'s"))) a++;
        if (a >= b) return Phrase.NONE;
        List<String> ws = new ArrayList<>();
        List<Integer> tokenOf = new ArrayList<>();
        for (int i = a; i < b; i++) {
            for (String w : t.lower[i].split("-")) {
                if (w.isEmpty()) continue;
                ws.add(w);
                tokenOf.add(i);
            }
        }
        Roles.Match last = null;
        for (int w = 0; w < ws.size(); ) {
            Roles.Match m = roles.longest(ws, w);
            if (m == null) {
                w++;
            } else {
                last = m;
                w = m.end();
            }
        }
        int nameStart = a;
        String role = "";
        String category = "";
        String head = "";
        if (last != null) {
            nameStart = tokenOf.get(last.end() - 1) + 1;
            if (t.word(nameStart, "of") && nameStart + 1 < b) {
                int rest = b - nameStart - 1;
                nameStart = rest >= 3 ? b - 2 : rest == 2 ? b - 1 : b;
            }
            category = last.role().category();
            head = ws.get(last.end() - 1);
        }
        for (int h = b - 2; h >= nameStart; h--) {
            if (words.honorific(t.lower[h])) {
                nameStart = h;
                break;
            }
        }
        boolean honorific = false;
        while (nameStart < b && (words.honorific(t.lower[nameStart]) || t.word(nameStart, "."))) {
            honorific = true;
            nameStart++;
        }
        if (nameStart < b && t.capitalised(nameStart)) {
            for (int k = nameStart + 1; k < b; k++) {
                if (!t.capitalised(k) && t.lower[k].length() > 3 && !t.word(k, "'s")) {
                    b = k;
                    break;
                }
            }
        }
        if (nameStart < b && !t.capitalised(nameStart) && b - nameStart > 3) nameStart = b - 3;
        // a body before a lowercase noun is a modifier ("White House readout"), not a title before a name
        boolean bodyModifier = last != null && !last.role().person() && nameStart < b && t.capitalised(a) && !t.capitalised(nameStart);
        boolean named = nameStart < b && last != null && !bodyModifier;
        if (named) {
            role = nameStart > a && !honorificOnly(t, a, nameStart) ? text(doc, t, a, lastRoleToken(t, a, nameStart)) : "";
            boolean person = last.role().person() || honorific;
            return new Phrase(text(doc, t, nameStart, b), role, category, person, false, head, person, true, false);
        }
        if (last != null) {
            String whole = text(doc, t, a, b);
            boolean isRole = last.role().person();
            return new Phrase(whole, isRole ? whole : "", category, false, isRole && definite, head, false, true, false);
        }
        for (int k = b - 2; k >= nameStart; k--) {
            if (t.word(k, "'s")) {
                nameStart = k + 1; // "Obama's spokesman": the possessor does not speak
                break;
            }
        }
        boolean introduced = honorific && nameStart < b;
        boolean person = introduced || b - nameStart >= 2 && allCapitalisedNames(t, nameStart, b);
        boolean epithet = definite && !introduced && !plausible(t, nameStart, b) && t.nounish(b - 1);
        return new Phrase(text(doc, t, nameStart, b), "", "", person, false, "", introduced, introduced || plausible(t, nameStart, b), epithet);
    }

    /** A phrase without title or honorific: written with a capital, or two or three nouns not ending in -s. */
    private static boolean plausible(TaggedSentence t, int a, int b) {
        for (int i = a; i < b; i++) if (t.capitalised(i)) return true;
        if (b - a < 2 || b - a > 3 || t.lower[b - 1].endsWith("s")) return false;
        for (int i = a; i < b; i++) if (!t.nounish(i)) return false;
        return true;
    }

    private boolean honorificOnly(TaggedSentence t, int a, int b) {
        for (int i = a; i < b; i++) if (!words.honorific(t.lower[i]) && !t.word(i, ".")) return false;
        return true;
    }

    /** The title's last token before the name, skipping an honorific between them ("Secretary Mr. X"). */
    private int lastRoleToken(TaggedSentence t, int a, int nameStart) {
        int e = nameStart;
        while (e > a && (words.honorific(t.lower[e - 1]) || t.word(e - 1, "."))) e--;
        return e;
    }

    private static boolean allCapitalisedNames(TaggedSentence t, int a, int b) {
        for (int i = a; i < b; i++) {
            boolean allCaps = t.text[i].length() > 1 && t.text[i].equals(t.text[i].toUpperCase(java.util.Locale.ROOT));
            if (!t.is(i, "PROPN") || !t.capitalised(i) || allCaps) return false;
        }
        return true;
    }

    static String text(String doc, TaggedSentence t, int a, int b) {
        return a >= b ? "" : doc.substring(t.start[a], t.end[b - 1]);
    }
}
