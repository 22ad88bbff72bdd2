package framelab.framing.quotes;

import framelab.text.Segment;
import framelab.text.Segmenter;
import framelab.text.Token;
import framelab.text.Tokenizer;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotations of one document. Paragraph by paragraph: quotation marks give the direct quotations;
 * sentences (OpenNLP, never split inside a quotation) that hold a quotation, a possible speech verb or a
 * title before a name are tagged; their speech verbs ({@link Anchors}) attribute the quotations and, when
 * they attribute none, report indirect speech. A direct quotation takes, in order: the nearest speech verb
 * before it in its sentence; for a quotation that opens its sentence, the first one after it; failing
 * both, a quotation that opens its sentence continues the speaker of the quotation before it in the
 * paragraph, or of the previous paragraph's last one ("…," he said. "…"); the open parts of a
 * multi-paragraph quotation share one attribution. Not thread-safe: one per document.
 */
final class DocumentQuotes {
    private final QuoteRules rules;
    private final Tagging tagging;
    private final QuoteOptions options;
    private final People people = new People();
    private final List<Draft> drafts = new ArrayList<>();
    private Attribution lastBody;
    private String doc;
    private int paragraphStart;

    DocumentQuotes(QuoteRules rules, Tagging tagging, QuoteOptions options) {
        this.rules = rules;
        this.tagging = tagging;
        this.options = options;
    }

    /** The drafts of {@code text}, attributed, in text order. */
    List<Draft> read(String text) {
        this.doc = text;
        Segmenter sentences = new Segmenter(Unit.SENTENCE);
        List<Segment> paras = new Segmenter(Unit.PARAGRAPH).segments("", text);
        List<Draft> previousParagraph = List.of();
        int chain = 0;
        boolean continuing = false;
        for (int pi = 0; pi < paras.size(); pi++) {
            String pt = paras.get(pi).text();
            int base = paras.get(pi).start();
            String next = pi + 1 < paras.size() ? paras.get(pi + 1).text() : "";
            paragraphStart = base;
            List<QuoteMarks.Span> spans = new ArrayList<>();
            for (QuoteMarks.Span s : QuoteMarks.find(pt)) {
                if (s.close() - s.contentStart() > options.maxQuoteChars()) continue;
                if (!s.closed() && !s.continues()) {
                    if (QuoteMarks.opensWith(next) != s.family()) continue;
                    s = new QuoteMarks.Span(s.open(), s.close(), false, true, s.family());
                }
                spans.add(s);
            }
            List<Draft> direct = new ArrayList<>();
            for (QuoteMarks.Span s : spans) {
                Draft d = new Draft(QuoteKind.DIRECT, base + s.contentStart(), base + s.close(), continuing ? chain : ++chain);
                continuing = s.continues();
                direct.add(d);
            }
            if (spans.isEmpty()) continuing = false;
            drafts.addAll(direct);
            if (!spans.isEmpty() || cues(pt)) paragraph(sentences, pt, base, spans, direct, previousParagraph);
            previousParagraph = direct;
        }
        finish();
        drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparing(d -> d.kind));
        return drafts;
    }

    private void paragraph(Segmenter sentences, String pt, int base, List<QuoteMarks.Span> spans, List<Draft> direct,
                           List<Draft> previousParagraph) {
        List<int[]> merged = new ArrayList<>();
        for (Segment s : sentences.segments("", pt)) {
            int a = s.start(), b = s.start() + s.text().length();
            if (!merged.isEmpty() && insideQuote(spans, a)) merged.getLast()[1] = b;
            else merged.add(new int[]{a, b});
        }
        for (int[] range : merged) {
            List<TaggedSentence.QuoteRef> refs = new ArrayList<>();
            List<Draft> inSentence = new ArrayList<>();
            for (int q = 0; q < spans.size(); q++) {
                QuoteMarks.Span s = spans.get(q);
                if (s.open() >= range[0] && s.open() < range[1]) {
                    refs.add(new TaggedSentence.QuoteRef(base + s.open(), base + Math.min(s.markEnd(), range[1]), inSentence.size()));
                    inSentence.add(direct.get(q));
                }
            }
            if (!refs.isEmpty()) {
                sentence(TaggedSentence.of(doc, base + range[0], base + range[1], refs, tagging, rules::dotted),
                        inSentence, direct, previousParagraph);
                continue;
            }
            for (int[] w : windows(pt, range[0], range[1])) {
                TaggedSentence t = TaggedSentence.of(doc, base + w[0], base + w[1], List.of(), tagging, rules::dotted);
                sentence(t, List.of(), direct, previousParagraph);
            }
        }
    }

    /** Longest sentence tagged whole; longer ones (a lowercased export has no sentence ends) are tagged in windows. */
    static final int LONG_SENTENCE = 60;
    /** Words tagged before and after a cue in a long sentence: room for a subject with a relative clause, and a reported clause. */
    static final int WINDOW_BEFORE = 20, WINDOW_AFTER = 30;

    /**
     * The parts of paragraph text [s, e) to tag: none without a cue; the whole sentence when it is short; else
     * windows around each cue, merged where they overlap. A reported clause ends at its window's end.
     */
    private List<int[]> windows(String pt, int s, int e) {
        List<Token> tokens = Tokenizer.DEFAULT.tokens(pt.substring(s, e));
        List<int[]> out = new ArrayList<>();
        boolean whole = tokens.size() <= LONG_SENTENCE;
        for (int i = 0; i < tokens.size(); i++) {
            if (!cue(tokens, i)) continue;
            if (whole) return List.of(new int[]{s, e});
            int a = Math.max(0, i - WINDOW_BEFORE), b = Math.min(tokens.size(), i + WINDOW_AFTER + 1);
            int from = s + tokens.get(a).start(), to = s + tokens.get(b - 1).end();
            if (!out.isEmpty() && from <= out.getLast()[1]) out.getLast()[1] = to;
            else out.add(new int[]{from, to});
        }
        return out;
    }

    private static boolean insideQuote(List<QuoteMarks.Span> spans, int at) {
        for (QuoteMarks.Span s : spans) if (s.open() < at && at < s.markEnd()) return true;
        return false;
    }

    /**
     * A possible speech verb, "according to", a title followed by a capitalised word (a name to remember), or
     * the surname of someone named before (a mention a later "he" may refer to).
     */
    private boolean cues(String s) {
        List<Token> tokens = Tokenizer.DEFAULT.tokens(s);
        for (int i = 0; i < tokens.size(); i++) if (cue(tokens, i)) return true;
        return false;
    }

    private boolean cue(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        String w = text.toLowerCase(java.util.Locale.ROOT);
        if (rules.verbs().candidate(w) || rules.phraseStarts().contains(w)) return true;
        if (!Character.isUpperCase(text.charAt(0))) return false;
        if (people.bySurname(w, Integer.MAX_VALUE) != null) return true;
        if (i == 0) return false;
        Roles.Role r = rules.roles().lookup(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
        return r != null && r.person();
    }

    private void sentence(TaggedSentence t, List<Draft> inSentence, List<Draft> paragraphDirect, List<Draft> previousParagraph) {
        mentions(t);
        List<Anchors.Anchor> anchors = Anchors.find(t, rules.verbs(), rules.phrases(), rules.words());
        Attribution[] resolved = new Attribution[anchors.size()];
        for (int k = 0; k < anchors.size(); k++) resolved[k] = resolve(t, anchors.get(k), resolved);
        boolean[] used = new boolean[anchors.size()];
        for (int i = 0; i < t.n; i++) {
            if (!t.isQuote(i)) continue;
            Draft d = inSentence.get(t.quote[i]);
            int k = choose(t, anchors, i);
            if (k >= 0) {
                d.attribution = resolved[k];
                d.explicit = true;
                used[k] = true;
            } else if (opensSentence(t, i)) {
                int at = paragraphDirect.indexOf(d);
                d.inheritFrom = at > 0 ? paragraphDirect.get(at - 1) : previousParagraph.isEmpty() ? null : previousParagraph.getLast();
            } else {
                d.attribution = Attribution.NONE;
            }
        }
        if (!options.indirect()) return;
        boolean insideReport = false;
        for (int k = 0; k < anchors.size(); k++) {
            Anchors.Anchor a = anchors.get(k);
            // after "…, he said, …" the rest of the sentence is what he said: no speech verb of its own there
            boolean skip = used[k] && !predicateOutsideQuotes(t, a) || insideReport || !a.hasClause() || resolved[k].speaker().isEmpty();
            insideReport |= a.parenthetical;
            if (skip) continue;
            Draft d = new Draft(QuoteKind.INDIRECT, t.start[a.compStart], t.end[a.compEnd - 1], -1);
            d.attribution = resolved[k];
            d.explicit = true;
            drafts.add(d);
        }
    }

    /**
     * A reported clause that holds a quotation but has its verb outside the marks (Zelenskiy said Ukraine was
     * focused "only on peace,") is indirect speech as well as a direct quotation.
     */
    private static boolean predicateOutsideQuotes(TaggedSentence t, Anchors.Anchor a) {
        if (!a.hasClause()) return false;
        boolean quote = false, verb = false;
        for (int i = a.compStart; i < a.compEnd; i++) {
            quote |= t.isQuote(i);
            verb |= Anchors.auxiliary(t, i) || t.is(i, "VERB");
        }
        return quote && verb;
    }

    /** The anchor that attributes the quotation token i, or -1. */
    private static int choose(TaggedSentence t, List<Anchors.Anchor> anchors, int i) {
        int lead = -1, trail = -1;
        for (int k = 0; k < anchors.size(); k++) {
            Anchors.Anchor a = anchors.get(k);
            if (a.verb < i) lead = k;
            else if (trail < 0 && a.zone > i) trail = k;
        }
        if (opensSentence(t, i)) return trail;
        for (int k = lead - 1; k >= 0; k--) if (anchors.get(k).parenthetical) return k;
        return lead >= 0 ? lead : trail;
    }

    private static boolean opensSentence(TaggedSentence t, int i) {
        for (int j = 0; j < i; j++) if (!t.punct(j)) return false;
        return true;
    }

    /** Remembers people named with a title or honorific, and later mentions of their surnames. */
    private void mentions(TaggedSentence t) {
        NounPhrases np = rules.phrases();
        int i = 0;
        while (i < t.n) {
            int e = t.isQuote(i) ? i : np.rightEnd(t, i);
            if (e <= i) {
                i++;
                continue;
            }
            NounPhrases.Phrase p = np.parse(doc, t, i, e);
            boolean salient = !t.is(i - 1, "ADP");
            if (p.introduced() && !p.speaker().isEmpty()) {
                register(p.speaker(), p.role(), t.start[i], salient);
            } else {
                for (int k = i; k < e; k++) {
                    if (!t.nounish(k)) continue;
                    People.Person q = people.bySurname(t.lower[k], Integer.MAX_VALUE);
                    if (q != null) people.mention(q, t.start[k], salient);
                }
            }
            i = e;
        }
    }

    private People.Person register(String name, String role, int offset, boolean salient) {
        if (!name.contains(" ")) {
            People.Person known = people.bySurname(name.toLowerCase(java.util.Locale.ROOT), Integer.MAX_VALUE);
            if (known != null) {
                people.mention(known, offset, salient);
                return known;
            }
        }
        return people.register(name, role, offset, salient);
    }

    private Attribution resolve(TaggedSentence t, Anchors.Anchor a, Attribution[] done) {
        String verb = a.entry.lemma();
        int offset = t.start[a.verb];
        Attribution r = switch (a.mode) {
            case INHERIT -> {
                Attribution from = done[a.inheritFrom];
                yield new Attribution(from.speaker(), from.role(), from.roleCategory(), verb, from.person());
            }
            case PRONOUN -> pronoun(t.lower[a.subjStart], t.start[a.subjStart], verb);
            case PHRASE, MAIN_SUBJECT -> phrase(t, a, verb, offset);
        };
        if (!r.speaker().isEmpty() && !r.person()) lastBody = r;
        return r;
    }

    private Attribution pronoun(String word, int offset, String verb) {
        if (rules.words().personPronoun(word)) {
            People.Person p = people.lastBefore(offset, paragraphStart);
            if (p == null) p = people.lastSpeakerBefore(offset);
            if (p == null) p = people.lastBefore(offset, 0);
            if (p == null) return new Attribution("", "", "", verb, false);
            people.spoke(p, offset);
            return new Attribution(p.name, p.role, rules.roleCategory(p.role), verb, true);
        }
        Attribution b = lastBody;
        return b == null ? new Attribution("", "", "", verb, false) : new Attribution(b.speaker(), b.role(), b.roleCategory(), verb, false);
    }

    private Attribution phrase(TaggedSentence t, Anchors.Anchor a, String verb, int offset) {
        NounPhrases np = rules.phrases();
        if (a.mode == Anchors.Mode.MAIN_SUBJECT && a.subjEnd - a.subjStart == 1 && Anchors.pronoun(t, a.subjStart, rules.words())) {
            return pronoun(t.lower[a.subjStart], t.start[a.subjStart], verb);
        }
        NounPhrases.Phrase p = np.parse(doc, t, a.subjStart, a.subjEnd);
        if (p.speaker().isEmpty()) return new Attribution("", "", "", verb, false);
        if (a.roleStart >= 0) {
            NounPhrases.Phrase r = np.parse(doc, t, a.roleStart, a.roleEnd);
            String role = r.role().isEmpty() ? r.speaker() : r.role();
            People.Person q = register(p.speaker(), role, offset, true);
            people.spoke(q, offset);
            return new Attribution(q.name, q.role.isEmpty() ? role : q.role, rules.roleCategory(role), verb, true);
        }
        if (p.definiteRole()) {
            People.Person q = people.lastWithRole(p.roleHead(), offset);
            if (q != null) {
                people.spoke(q, offset);
                return new Attribution(q.name, q.role, rules.roleCategory(q.role), verb, true);
            }
            return new Attribution(p.speaker(), p.role(), p.category(), verb, false);
        }
        if (p.person() && p.speaker().contains(" ")) {
            People.Person q = register(p.speaker(), p.role(), offset, true);
            people.spoke(q, offset);
            return new Attribution(q.name, q.role.isEmpty() ? p.role() : q.role, p.category().isEmpty() ? rules.roleCategory(q.role) : p.category(), verb, true);
        }
        if (!p.speaker().contains(" ") || !p.plausible()) {
            People.Person q = people.bySurname(p.speaker().toLowerCase(java.util.Locale.ROOT), offset);
            if (q != null) {
                people.spoke(q, offset);
                String role = p.role().isEmpty() ? q.role : p.role();
                return new Attribution(q.name, role, rules.roleCategory(role), verb, true);
            }
            if (p.person()) people.spoke(register(p.speaker(), p.role(), offset, true), offset);
        }
        if (p.epithet() && mixedCase(t)) {
            People.Person q = people.lastSpeakerBefore(offset);
            if (q != null) {
                people.spoke(q, offset);
                return new Attribution(q.name, q.role, rules.roleCategory(q.role), verb, true);
            }
        }
        if (!p.plausible()) return new Attribution("", "", "", verb, false);
        return new Attribution(p.speaker(), p.role(), p.category(), verb, p.person());
    }

    /** A sentence with a capital letter after its first word: lowercased text cannot tell names from descriptions. */
    private static boolean mixedCase(TaggedSentence t) {
        for (int i = 1; i < t.n; i++) if (t.capitalised(i)) return true;
        return false;
    }

    /** Attributions for quotations that had none of their own: their chain's, else the one they follow. */
    private void finish() {
        Map<Integer, Attribution> chainExplicit = new HashMap<>();
        for (Draft d : drafts) if (d.kind == QuoteKind.DIRECT && d.explicit) chainExplicit.putIfAbsent(d.chain, d.attribution);
        Map<Integer, Attribution> chainLast = new HashMap<>();
        for (Draft d : drafts) {
            if (d.kind != QuoteKind.DIRECT) continue;
            if (d.attribution == null || !d.explicit && chainExplicit.containsKey(d.chain)) {
                Attribution a = chainExplicit.get(d.chain);
                if (a == null && d.inheritFrom != null) a = d.inheritFrom.attribution;
                if (a == null) a = chainLast.get(d.chain);
                d.attribution = a == null ? Attribution.NONE : a;
            }
            chainLast.put(d.chain, d.attribution);
        }
    }
}
