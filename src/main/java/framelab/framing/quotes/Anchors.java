package framelab.framing.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The speech verbs of one sentence with where their speaker and reported clause are. A verb counts when
 * the tagger calls it a verb and its lemma is listed (or it is a listed irregular form such as "said"),
 * unless it is an infinitive ("to say"), a passive ("was told") or in a conditional clause ("if he had
 * urged"). The speaker is found, in this order:
 * <ol>
 *   <li>a pronoun before the verb ("he said");</li>
 *   <li>an appositive: "Jens Stoltenberg, NATO's chief executive, said" (name, then title);</li>
 *   <li>a relative clause: "Putin, who has accused", "rashida manjoo who is a un special rapporteur … claimed"
 *       (the title taken from "who is a …");</li>
 *   <li>a coordinated verb takes the speaker of the verb before it ("… said X and added that …"), as does a
 *       participle after a comma ("…, saying …"; else the sentence's first subject);</li>
 *   <li>the noun phrase before the verb ("Pentagon spokesman John Kirby said"), unless it is the object of a
 *       preposition ("in the world says a UN expert"), when the phrase after the verb is tried first;</li>
 *   <li>inversion: the noun phrase after the verb when nothing before it can speak ("…," said Kirby.);</li>
 *   <li>"according to X".</li>
 * </ol>
 * The reported clause (indirect speech) follows the verb and an object of verbs such as "tell": a "that"
 * clause within a few words, a clause with a subject and a finite verb, a gerund ("denied having"), "to" + verb,
 * "of" + gerund, "if"/"whether"; or it precedes a parenthetical attribution ("…, Moscow says").
 */
final class Anchors {
    private Anchors() {
    }

    enum Mode { PHRASE, PRONOUN, INHERIT, MAIN_SUBJECT }

    /** One speech verb (or "according to") in a sentence. Token indices; -1 where absent. */
    static final class Anchor {
        final int verb;
        final int verbEnd;
        final SpeechVerbs.Verb entry;
        Mode mode;
        int subjStart = -1, subjEnd = -1;
        int roleStart = -1, roleEnd = -1;
        boolean inverted;
        int inheritFrom = -1;
        int zone;
        int compStart = -1, compEnd = -1;
        /** Set off by commas with no clause of its own ("Nevertheless, he said, it …"): it introduces the rest. */
        boolean parenthetical;

        Anchor(int verb, int verbEnd, SpeechVerbs.Verb entry) {
            this.verb = verb;
            this.verbEnd = verbEnd;
            this.entry = entry;
            this.zone = verb;
        }

        boolean phrase() {
            return verbEnd - verb > 1;
        }

        boolean hasClause() {
            return compStart >= 0 && compEnd > compStart;
        }
    }

    static List<Anchor> find(TaggedSentence t, SpeechVerbs verbs, NounPhrases np, AttributionWords words) {
        List<Anchor> out = new ArrayList<>();
        for (int v = 0; v < t.n; v++) {
            if (t.isQuote(v)) continue;
            if (t.word(v, "according") && t.word(v + 1, "to") && verbs.phrase("according to") != null) {
                Anchor a = new Anchor(v, v + 2, verbs.phrase("according to"));
                int e = np.rightEnd(t, v + 2);
                if (e == v + 2) continue;
                a.mode = Mode.PHRASE;
                a.subjStart = v + 2;
                a.subjEnd = e;
                a.inverted = true;
                a.zone = t.word(v - 1, ",") ? v - 1 : v;
                out.add(a);
                v = e - 1;
                continue;
            }
            SpeechVerbs.Verb entry = verbOf(t, v, verbs);
            if (entry == null) continue;
            if (v + 1 < t.n && verbs.phrase(entry.lemma() + " " + t.lower[v + 1]) != null) {
                entry = verbs.phrase(entry.lemma() + " " + t.lower[v + 1]); // "call on"
            }
            Anchor a = new Anchor(v, v + 1, entry);
            if (subject(t, a, out, np, words)) out.add(a);
        }
        for (int k = 0; k < out.size(); k++) clause(t, out, k, np);
        return out;
    }

    private static SpeechVerbs.Verb verbOf(TaggedSentence t, int v, SpeechVerbs verbs) {
        if (t.is(v, "VERB")) {
            SpeechVerbs.Verb e = verbs.verb(t.lemma(v));
            if (e != null) return e;
        }
        // the tagger reads "Putin insists" and "Moscow says" as nouns now and then
        if (t.is(v, "NOUN") && t.lower[v].endsWith("s") && (t.is(v - 1, "PROPN") && t.capitalised(v - 1) || t.is(v - 1, "PRON"))
                && verbs.candidate(t.lower[v]) && !t.is(v + 1, "ADP")) {
            SpeechVerbs.Verb e = verbs.verb(t.lemma(v));
            if (e != null) return e;
        }
        return verbs.irregular(t.lower[v]);
    }

    /** Finds the speaker's place; false when the verb does not report speech here. */
    private static boolean subject(TaggedSentence t, Anchor a, List<Anchor> before, NounPhrases np, AttributionWords words) {
        int v = a.verb;
        int j = v - 1;
        boolean be = false, aux = false;
        while (j >= 0 && !t.isQuote(j)) {
            if (t.word(j, ")")) {
                int k = j - 1;
                while (k >= 0 && !t.word(k, "(") && j - k < 8) k--;
                if (!t.word(k, "(")) break;
                j = k - 1;
                continue;
            }
            if (pronoun(t, j, words)) break;
            if (!(t.is(j, "ADV") || auxiliary(t, j) || t.word(j, "not") || t.word(j, "n't") || t.word(j, "both") || words.time(t.lower[j]))) break;
            if (auxiliary(t, j)) {
                aux = true;
                be |= t.lemma(j).equals("be");
            }
            j--;
        }
        boolean ing = t.lower[v].endsWith("ing");
        if (t.word(j, "to") || (be && !ing) || t.is(j, "DET")) return false;
        boolean participle = ing && !aux;
        if (pronoun(t, j, words)) {
            if (j > 0 && words.conditional(t.lower[j - 1])) return false;
            return set(a, Mode.PRONOUN, j, j + 1);
        }
        if (t.word(j, "who") || t.word(j, "which")) {
            int k = t.word(j - 1, ",") ? j - 2 : j - 1;
            int s = np.leftStart(t, k);
            return s >= 0 && set(a, Mode.PHRASE, s, k + 1);
        }
        if (t.word(j, ",")) {
            int c = j - 1;
            while (c >= 0 && j - c <= NounPhrases.MAX_TOKENS && !t.word(c, ",") && !t.isQuote(c)
                    && !t.is(c, "VERB") && !t.is(c, "AUX") && !(t.punct(c) && !t.word(c, "-"))) c--;
            if (c >= 1 && c < j - 1 && t.word(c, ",") && (np.titled(t, c + 1, j) || hasPossessive(t, c + 1, j))) {
                int s1 = np.leftStart(t, c - 1);
                if (s1 >= 0 && t.is(c - 1, "PROPN")) {
                    set(a, Mode.PHRASE, s1, c);
                    a.roleStart = c + 1;
                    a.roleEnd = j;
                    return true;
                }
            }
            if (relative(t, a, j, np)) return true;
            if (participle) return inherit(a, before, t, np, words);
            return invert(t, a, np, words);
        }
        if (t.is(j, "CCONJ") || t.is(j, "SCONJ")) {
            a.zone = j;
            return inherit(a, before, t, np, words);
        }
        if (j >= 0 && (t.nounish(j) || t.is(j, "NUM"))) {
            int s = np.leftStart(t, j);
            if (s < 0) return false;
            if (s > 0 && words.conditional(t.lower[s - 1])) return false;
            if (participle) {
                boolean introduced = s > 0 && (t.is(s - 1, "ADP") || t.is(s - 1, "SCONJ"));
                if (introduced && !allTime(t, s, j + 1, words)) return set(a, Mode.PHRASE, s, j + 1);
                return inherit(a, before, t, np, words);
            }
            if (relative(t, a, s, np)) return true;
            if (s > 0 && t.is(s - 1, "ADP") && invert(t, a, np, words)) return true;
            return set(a, Mode.PHRASE, s, j + 1);
        }
        if (participle) return inherit(a, before, t, np, words);
        return invert(t, a, np, words);
    }

    /** "X who is a ROLE … claimed": the speaker is the phrase before "who", the title follows "who is a". */
    private static boolean relative(TaggedSentence t, Anchor a, int s, NounPhrases np) {
        for (int k = s - 1; k >= Math.max(0, s - 15); k--) {
            if (t.isQuote(k) || (t.punct(k) && !t.word(k, ","))) return false;
            if (!t.word(k, "who")) continue;
            int e = t.word(k - 1, ",") ? k - 2 : k - 1;
            int s1 = np.leftStart(t, e);
            if (s1 < 0) return false;
            set(a, Mode.PHRASE, s1, e + 1);
            if (t.is(k + 1, "AUX") && t.lemma(k + 1).equals("be")) {
                int r = np.rightEnd(t, k + 2);
                if (r > k + 2) {
                    a.roleStart = k + 2;
                    a.roleEnd = r;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean inherit(Anchor a, List<Anchor> before, TaggedSentence t, NounPhrases np, AttributionWords words) {
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).verb < a.verb) {
                a.mode = Mode.INHERIT;
                a.inheritFrom = k;
                return true;
            }
        }
        for (int m = 0; m < a.verb; m++) {
            if (t.isQuote(m) || !(t.is(m, "VERB") || t.is(m, "AUX"))) continue;
            int k = m - 1;
            while (k >= 0 && t.is(k, "ADV")) k--;
            if (pronoun(t, k, words)) {
                return set(a, Mode.PRONOUN, k, k + 1);
            }
            int s = np.leftStart(t, k);
            if (s >= 0 && (s == 0 || !t.is(s - 1, "ADP"))) {
                a.mode = Mode.MAIN_SUBJECT;
                a.subjStart = s;
                a.subjEnd = k + 1;
                return true;
            }
        }
        return false;
    }

    /** "…," said Kirby: the phrase right after the verb, when it ends the clause. */
    private static boolean invert(TaggedSentence t, Anchor a, NounPhrases np, AttributionWords words) {
        if (a.entry.takesObject()) return false;
        int r = a.verbEnd;
        int e = np.rightEnd(t, r);
        if (e == r || allTime(t, r, e, words)) return false;
        if (e < t.n && !(t.punct(e) || t.isQuote(e) || t.is(e, "ADP") || t.is(e, "CCONJ"))) return false;
        a.inverted = true;
        return set(a, Mode.PHRASE, r, e);
    }

    private static boolean set(Anchor a, Mode m, int s, int e) {
        a.mode = m;
        a.subjStart = s;
        a.subjEnd = e;
        if (!a.inverted && s < a.zone) a.zone = s;
        return true;
    }

    /** An auxiliary, or "have"/"be"/"do" that the tagger called a verb ("Russia has/VERB denied"). */
    static boolean auxiliary(TaggedSentence t, int j) {
        if (t.is(j, "AUX")) return true;
        if (!t.is(j, "VERB")) return false;
        String l = t.lemma(j);
        return l.equals("have") || l.equals("be") || l.equals("do");
    }

    /** A pronoun that may speak, whatever its tag (the tagger sometimes reads "he" as an adverb). */
    static boolean pronoun(TaggedSentence t, int j, AttributionWords words) {
        return j >= 0 && j < t.n && !t.isQuote(j) && (words.personPronoun(t.lower[j]) || words.otherPronoun(t.lower[j]));
    }

    private static boolean allTime(TaggedSentence t, int s, int e, AttributionWords words) {
        for (int i = s; i < e; i++) if (!words.time(t.lower[i]) && !t.is(i, "DET")) return false;
        return true;
    }

    private static boolean hasPossessive(TaggedSentence t, int s, int e) {
        for (int i = s; i < e; i++) if (t.word(i, "'s")) return true;
        return false;
    }

    /** The reported clause of anchor k: after the verb (and object), up to the next anchor or the sentence end. */
    private static void clause(TaggedSentence t, List<Anchor> all, int k, NounPhrases np) {
        Anchor a = all.get(k);
        int limit = k + 1 < all.size() ? all.get(k + 1).zone : t.n;
        if (a.phrase() || a.inverted) {
            contentBefore(t, all, k);
            return;
        }
        int i = a.verbEnd;
        if (a.entry.takesObject()) {
            if (t.word(i, "on")) i++;
            int o = np.rightEnd(t, i);
            while (o > i && t.word(o, "and") && np.rightEnd(t, o + 1) > o + 1) o = np.rightEnd(t, o + 1);
            // "warned Russia was moving …": the phrase is the clause's subject, not a hearer
            if (o > i && !auxiliary(t, o) && !(t.is(o, "VERB") && !t.lower[o].endsWith("ing"))) i = o;
            else if (t.is(i, "PRON") && !t.word(i, "that") && !auxiliary(t, i + 1) && !t.is(i + 1, "VERB")) i++;
        }
        int start = -1;
        for (int q = i; q < Math.min(limit, i + 9); q++) {
            if (t.isQuote(q) || (t.punct(q) && !t.word(q, ","))) break;
            if (t.word(q, "that") && !(t.is(q, "DET") && (t.nounish(q + 1) || t.is(q + 1, "ADJ")))) {
                start = q + 1;
                break;
            }
            if (q > i && (t.is(q, "VERB") || t.is(q, "AUX"))) break;
        }
        if (start < 0) start = clauseAt(t, i, np);
        if (start < 0) {
            a.parenthetical = t.word(a.verbEnd, ",") && (a.zone == 0 || t.word(a.zone - 1, ","));
            contentBefore(t, all, k);
            if (a.parenthetical && !a.hasClause()) {
                // "Nevertheless, he said, it confirms …": what follows the inserted attribution is what was said
                int end = t.n;
                while (end > a.verbEnd + 1 && t.punct(end - 1)) end--;
                if (end > a.verbEnd + 1) {
                    a.compStart = a.verbEnd + 1;
                    a.compEnd = end;
                }
            }
            return;
        }
        int end = limit;
        for (int q = start; q < end; q++) if (t.word(q, "according") && t.word(q + 1, "to")) end = q;
        while (end > start && (t.punct(end - 1) || t.is(end - 1, "CCONJ") || t.is(end - 1, "SCONJ") || t.is(end - 1, "ADP"))) end--;
        if (end > start) {
            a.compStart = start;
            a.compEnd = end;
        }
    }

    /** Where a reported clause starts at token i without "that", or -1. */
    private static int clauseAt(TaggedSentence t, int i, NounPhrases np) {
        if (i >= t.n || t.isQuote(i)) return -1;
        if (t.word(i, "to") && t.is(i + 1, "VERB")) return i;
        if ((t.word(i, "of") || t.word(i, "against")) && !t.isQuote(i + 1) && i + 1 < t.n && t.lower[i + 1].endsWith("ing")) return i + 1;
        if (t.word(i, "if") || t.word(i, "whether")) return i;
        if (t.is(i, "VERB") && t.lower[i].endsWith("ing")) return i;
        int j;
        if (t.word(i, "which") || t.word(i, "who") || t.word(i, "whom") || t.word(i, "whose") || t.word(i, "what")) return -1;
        if (t.is(i, "PRON") && !t.word(i, "his") && !t.word(i, "her") && !t.word(i, "its") && !t.word(i, "their")) {
            j = i + 1;
        } else {
            j = np.rightEnd(t, i);
            if (j == i) return -1;
            while (true) {
                if (t.is(j, "ADV")) j++;
                else if ((t.is(j, "ADP") || t.is(j, "CCONJ")) && np.rightEnd(t, j + 1) > j + 1) j = np.rightEnd(t, j + 1);
                else break;
            }
        }
        while (t.is(j, "ADV")) j++;
        return auxiliary(t, j) || (t.is(j, "VERB") && !t.lower[j].endsWith("ing")) ? i : -1;
    }

    /** "…, Moscow says" and "… according to X": the clause before the attribution, after any earlier anchor or quote. */
    private static void contentBefore(TaggedSentence t, List<Anchor> all, int k) {
        Anchor a = all.get(k);
        int end = a.inverted || a.phrase() ? a.zone : a.zone - 1;
        if (!a.inverted && !a.phrase()) {
            boolean closes = t.word(end, ",") || t.isQuote(end);
            if (!closes || !(a.verbEnd >= t.n || t.punct(a.verbEnd) || t.is(a.verbEnd, "ADP"))) return;
            if (t.isQuote(end)) end++;
        }
        // after the last earlier attribution that reported a clause of its own (a nested "he noted "…"" stays inside)
        int from = 0;
        for (int p = 0; p < k; p++) if (all.get(p).hasClause()) from = Math.max(from, all.get(p).compEnd);
        while (end > from && (t.punct(end - 1) || t.is(end - 1, "CCONJ"))) end--;
        while (from < end && t.punct(from)) from++;
        int wordsIn = 0;
        for (int q = from; q < end; q++) if (!t.punct(q) && !t.isQuote(q)) wordsIn++;
        if (wordsIn >= 3) {
            a.compStart = from;
            a.compEnd = end;
        }
    }
}
