package framelab.corpus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Furniture that a scrape ran into the article text, in the middle of a line: video widgets ("JUST WATCHED …
 * Replay More Videos … MUST WATCH … 01:51"), photo-gallery captions ("Hide Caption 3 of 24"), newsletter boxes
 * and copyright notices glued to the last sentence. Line rules cannot see these, because in many corpora an
 * article is one long line. The {@code inline-regex} rules of {@link ChromeRules} remove every match of their
 * regex wherever it is; each match becomes a {@code chrome-inline} {@link Removal}.
 *
 * <p>Every rule must start with at least {@value #MIN_ANCHOR} characters of literal text (its anchor, or a
 * group of literal alternatives): a document in which no anchor occurs is not searched, and a counter reading
 * UTF-8 bytes can tell from the bytes alone whether a text needs the cleaner, and which rules to try
 * ({@link #occurring}). Anchors are
 * case-sensitive: furniture is printed the same way every time. Every rule is matched against the text as
 * read (a rule never sees what another removed), and where two rules' matches overlap the one listed first
 * keeps its match. A match between two words is replaced by a space (no two words are glued together), a
 * match between two spaces takes one of them along (a line break stays), and otherwise it leaves nothing.
 */
final class InlineChrome {
    static final int MIN_ANCHOR = 6;
    static final String RULE_NAME = "chrome-inline";

    /**
     * A compiled rule: the regex and the literal texts one of which every match starts with; {@code literal} when
     * the regex is one plain text, matched by its occurrences alone.
     */
    record Rule(Pattern pattern, List<String> anchors, boolean literal) {
        Rule {
            anchors = List.copyOf(anchors);
        }

        Rule(Pattern pattern, List<String> anchors) {
            this(pattern, anchors, anchors.size() == 1 && anchors.get(0).equals(pattern.pattern()));
        }
    }

    /**
     * The cleaned text, what was taken out of it (in order), and how the text was cut: {@code pieces} holds, in
     * order, the (start, end) character ranges of the original that were kept, and (-1, -1) for a space put in,
     * so that the UTF-8 of the cleaned text can be cut from the original's bytes ({@link #utf8}) instead of
     * encoded again. Results are equal when their texts and removals are.
     */
    record Result(String text, List<Removal> removals, int[] pieces) {
        Result {
            removals = List.copyOf(removals);
        }

        /** A result that removed nothing. */
        static Result unchanged(String text) {
            return new Result(text, List.of(), new int[] {0, text.length()});
        }

        /**
         * The cleaned text's UTF-8, cut from {@code src[from, to)}, the well-formed UTF-8 of the text this result
         * was made from; the same bytes as {@code text().getBytes(UTF_8)}, without encoding the text. Null when a
         * cut falls between the two halves of a surrogate pair (no bundled rule cuts there).
         */
        byte[] utf8(byte[] src, int from, int to) {
            int spaces = 0;
            for (int k = 0; k < pieces.length; k += 2) if (pieces[k] < 0) spaces++;
            byte[] out = new byte[to - from + spaces];
            int n = 0;
            int at = from; // the byte where character `chars` starts
            int chars = 0;
            for (int k = 0; k < pieces.length; k += 2) {
                int start = pieces[k];
                int end = pieces[k + 1];
                if (start < 0) {
                    out[n++] = ' ';
                    continue;
                }
                while (chars < start && at < to) { // skip the removed characters
                    int lead = src[at];
                    int len = lead >= 0 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
                    chars += len == 4 ? 2 : 1;
                    at += len;
                }
                if (chars != start) return null;
                int first = at;
                while (chars < end && at < to) {
                    int lead = src[at];
                    if (lead >= 0) { // ASCII: one byte, one character
                        chars++;
                        at++;
                        continue;
                    }
                    int len = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
                    chars += len == 4 ? 2 : 1;
                    at += len;
                }
                if (chars != end) return null;
                System.arraycopy(src, first, out, n, at - first);
                n += at - first;
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && r.text.equals(text) && r.removals.equals(removals);
        }

        @Override
        public int hashCode() {
            return text.hashCode() * 31 + removals.hashCode();
        }

        @Override
        public String toString() {
            return "Result[text=" + text + ", removals=" + removals + "]";
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;

    private final List<Rule> rules;
    /**
     * Bit {@link #quadBit} of an anchor's first four bytes is set: a cheap first test at each candidate byte, since two
     * bytes alone pass too often ("In", "Re", "St" start many sentences and also anchors).
     */
    private final long[] firstQuads = new long[1 << 10];
    /** The anchors' UTF-8 bytes by their first two bytes, each with the bit of its rule in {@link #occurring}. */
    private final Anchor[][] byPair = new Anchor[1 << 16][];
    private final boolean none;
    /**
     * The first two bytes of anchors that do not start with an ASCII capital, each byte repeated eight times, first
     * bytes at even and second bytes at odd indexes; the scan looks at capitals and these pairs only. Pairs, not
     * first bytes: an anchor starting with "h" or "(" would otherwise make every "h" or "(" a candidate.
     */
    private final long[] otherFirstPairs;
    /** Few enough other first pairs to find them eight bytes at a time; else every byte is looked at. */
    private final boolean wordAtATime;
    private static final int MAX_OTHER_FIRST_PAIRS = 4;

    /** An anchor's bytes, its first four bytes as one little-endian int (a cheap first test), and its rule's bit. */
    private record Anchor(byte[] bytes, int head, long ruleBit) {
        Anchor(byte[] bytes, long ruleBit) {
            this(bytes, (int) INTS.get(bytes, 0), ruleBit);
        }
    }

    private InlineChrome(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<Integer, List<Anchor>> pairs = new HashMap<>();
        java.util.TreeSet<Integer> others = new java.util.TreeSet<>(); // first two bytes, as a pair
        for (int k = 0; k < rules.size(); k++) {
            for (String a : rules.get(k).anchors()) {
                byte[] b = a.getBytes(StandardCharsets.UTF_8);
                int pair = (b[0] & 0xFF) << 8 | (b[1] & 0xFF);
                int quad = quadBit((int) INTS.get(b, 0));
                firstQuads[quad >>> 6] |= 1L << quad;
                pairs.computeIfAbsent(pair, x -> new ArrayList<>()).add(new Anchor(b, k < 63 ? 1L << k : ALL));
                if (b[0] < 'A' || b[0] > 'Z') others.add(pair);
            }
        }
        pairs.forEach((k, v) -> byPair[k] = v.toArray(Anchor[]::new));
        this.otherFirstPairs = others.stream().flatMapToLong(p -> java.util.stream.LongStream.of(ONES * (p >>> 8), ONES * (p & 0xFF))).toArray();
        this.wordAtATime = others.size() <= MAX_OTHER_FIRST_PAIRS;
        this.none = pairs.isEmpty();
    }

    /** The rule set meaning "try every rule" (also the bit of rules past the 63rd). */
    static final long ALL = -1L;

    static InlineChrome empty() {
        return new InlineChrome(List.of());
    }

    InlineChrome plus(Rule r) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(r);
        return new InlineChrome(more);
    }

    int size() {
        return rules.size();
    }

    /** Whether {@link #occurring} finds candidates eight bytes at a time (at most four other first pairs). */
    boolean scansWordAtATime() {
        return wordAtATime;
    }

    /** Compiles an {@code inline-regex} rule; fails with {@code where} when it does not start with an anchor. */
    static Rule compile(String regex, String where) {
        Pattern p = ChromeRules.pattern(regex, where);
        RequiredLiteral lit = RequiredLiteral.of(regex);
        boolean anchored = !lit.ignoreCase() && !lit.prefixes().isEmpty()
                && lit.prefixes().stream().allMatch(a -> a.length() >= MIN_ANCHOR);
        if (!anchored) {
            throw new CorpusInputException(where, "an inline-regex rule must start with at least " + MIN_ANCHOR
                    + " characters of literal, case-sensitive text (or a group of such alternatives), got: " + regex,
                    "start the regex with the furniture's fixed words, e.g. inline-regex Hide Caption \\d{1,3} of \\d{1,3}; "
                            + "framelab looks for them before it runs the regex on a document");
        }
        return new Rule(p, lit.prefixes());
    }

    /**
     * The rules (bit {@code k} for the k-th; {@link #ALL} past 63 rules) one of whose anchors occurs in the UTF-8 text
     * {@code b[from, to)}; 0 when no rule can match it. One pass over the bytes: the pairs of bytes that start an
     * anchor are looked up in a bit table, only at the bytes an anchor can start with, found eight bytes at a
     * time: ASCII capitals and at most four other pairs of first bytes (ABP news: 218 MB in about 0.2 s; with
     * more kinds of first pairs every byte is looked at, several times slower).
     */
    long occurring(byte[] b, int from, int to) {
        if (none) return 0;
        long found = 0;
        int i = from;
        if (wordAtATime) {
            long[] others = otherFirstPairs;
            for (; i + 8 < to; i += 8) {
                long x = (long) LONGS.get(b, i);
                long next = (long) LONGS.get(b, i + 1); // byte k of next is the byte after byte k of x
                long low = x & ~HIGH;
                // high bit of each byte that is an ASCII capital, or starts one of the other first pairs
                long candidates = (low + ONES * (0x80 - 'A')) & ~(low + ONES * (0x80 - 'Z' - 1)) & ~x & HIGH;
                for (int k = 0; k < others.length; k += 2) candidates |= equal(x, others[k]) & equal(next, others[k + 1]);
                while (candidates != 0) {
                    found |= anchorsAt(b, i + (Long.numberOfTrailingZeros(candidates) >>> 3), to);
                    candidates &= candidates - 1;
                }
            }
        }
        for (int last = to - 1; i < last; i++) found |= anchorsAt(b, i, to);
        return found;
    }

    /** A 16-bit hash of four bytes (Fibonacci hashing), the index of their bit in {@link #firstQuads}. */
    private static int quadBit(int fourBytes) {
        return (fourBytes * 0x9E3779B1) >>> 16;
    }

    /** The high bit of each byte of {@code x} that equals the byte {@code repeated} holds in each of its bytes. */
    private static long equal(long x, long repeated) {
        long t = x ^ repeated;
        return ~(((t & ~HIGH) + ~HIGH) | t | ~HIGH);
    }

    /** The rule bits of the anchors that start at {@code b[i]}. */
    private long anchorsAt(byte[] b, int i, int to) {
        if (i + MIN_ANCHOR > to) return 0; // an anchor is at least MIN_ANCHOR characters, so at least as many bytes
        int head = (int) INTS.get(b, i);
        int quad = quadBit(head);
        if ((firstQuads[quad >>> 6] & 1L << quad) == 0) return 0;
        Anchor[] candidates = byPair[(b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF)];
        if (candidates == null) return 0; // another four bytes with the same bit
        long found = 0;
        for (Anchor a : candidates) {
            int n = a.bytes().length;
            if (a.head() == head && i + n <= to && Arrays.equals(b, i, i + n, a.bytes(), 0, n)) found |= a.ruleBit();
        }
        return found;
    }

    /** The text with every rule applied, with the removals in text order. */
    Result apply(String text, String docId) {
        return apply(text, docId, ALL);
    }

    /**
     * As {@link #apply(String, String)} with only the rules in {@code ruleSet} (bits as {@link #occurring} gives
     * them). Every rule is matched against the text as read, not against what earlier rules left, so a rule whose
     * anchor is not in the text cannot match and leaving it out changes nothing; where matches of two rules
     * overlap, the rule listed first keeps its match.
     */
    Result apply(String text, String docId, long ruleSet) {
        // the matches kept so far, start -> end; they never overlap, so the one starting at or before a new match
        // and the one starting after it are the only ones that can overlap it (many matches in one text stay cheap)
        java.util.TreeMap<Integer, Integer> kept = new java.util.TreeMap<>();
        for (int k = 0; k < rules.size(); k++) {
            if (k < 63 && (ruleSet & 1L << k) == 0) continue;
            Rule r = rules.get(k);
            Anchors anchors = new Anchors(text, r.anchors());
            int at = anchors.next(0);
            if (at < 0) continue;
            if (r.literal()) { // no regex needed: every occurrence is a match
                String lit = r.anchors().get(0);
                for (; at >= 0; at = text.indexOf(lit, at + lit.length())) {
                    if (!overlapsAny(kept, at, at + lit.length())) kept.put(at, at + lit.length());
                }
                continue;
            }
            // every match starts with an anchor: try the regex there only (as find() would, leftmost first)
            Matcher m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            while (at >= 0) {
                if (m.region(at, text.length()).lookingAt() && m.end() > at) {
                    if (!overlapsAny(kept, at, m.end())) kept.put(at, m.end());
                    at = anchors.next(m.end());
                } else {
                    at = anchors.next(at + 1);
                }
            }
        }
        if (kept.isEmpty()) return Result.unchanged(text);
        int[][] spans = new int[kept.size()][];
        int n = 0;
        for (Map.Entry<Integer, Integer> x : kept.entrySet()) spans[n++] = new int[] {x.getKey(), x.getValue()};
        List<Removal> removals = new ArrayList<>(spans.length);
        Pieces out = new Pieces(text, spans.length);
        int from = 0;
        for (int i = 0; i < spans.length; i++) {
            int s = spans[i][0];
            int e = spans[i][1];
            removals.add(new Removal(docId, RULE_NAME, e - s, Texts.excerpt(text.substring(s, e), MarkedLines.EXCERPT_MAX)));
            out.keep(from, s);
            from = e;
            if (i + 1 < spans.length && spans[i + 1][0] == e) continue; // the gap goes on
            if (out.isEmpty() || e == text.length()) continue;
            char before = out.lastChar();
            boolean spaceBefore = Character.isWhitespace(before);
            boolean spaceAfter = Character.isWhitespace(text.charAt(e));
            if (!spaceBefore && !spaceAfter) {
                out.space(); // a space stands in for the removed text between two words
            } else if (spaceBefore && spaceAfter) { // one space for the two, keeping a line break
                if (before == ' ') out.dropLastChar();
                else if (text.charAt(e) == ' ') from = e + 1;
            }
        }
        out.keep(from, text.length());
        return new Result(out.text(), removals, out.pieces());
    }

    /** The cleaned text under construction, as the pieces of {@link Result#pieces()}; empty pieces are left out. */
    private static final class Pieces {
        private final String text;
        private int[] p;
        private int n;

        Pieces(String text, int removals) {
            this.text = text;
            this.p = new int[4 * removals + 2];
        }

        void keep(int start, int end) {
            if (end > start) add(start, end);
        }

        void space() {
            add(-1, -1);
        }

        private void add(int start, int end) {
            if (n + 2 > p.length) p = Arrays.copyOf(p, 2 * p.length);
            p[n++] = start;
            p[n++] = end;
        }

        boolean isEmpty() {
            return n == 0;
        }

        char lastChar() {
            return p[n - 2] < 0 ? ' ' : text.charAt(p[n - 1] - 1);
        }

        void dropLastChar() {
            if (p[n - 2] < 0 || --p[n - 1] == p[n - 2]) n -= 2;
        }

        int[] pieces() {
            return Arrays.copyOf(p, n);
        }

        String text() {
            StringBuilder b = new StringBuilder(text.length());
            for (int k = 0; k < n; k += 2) {
                if (p[k] < 0) b.append(' ');
                else b.append(text, p[k], p[k + 1]);
            }
            return b.toString();
        }
    }

    private static boolean overlapsAny(java.util.TreeMap<Integer, Integer> spans, int start, int end) {
        Map.Entry<Integer, Integer> before = spans.floorEntry(start);
        if (before != null && before.getValue() > start) return true;
        Map.Entry<Integer, Integer> after = spans.higherEntry(start);
        return after != null && after.getKey() < end;
    }

    /**
     * The positions of a rule's anchors in a text, each remembered until a search passes it, so that finding the
     * next anchor of a rule with several does not search the text again for all of them at every match.
     */
    private static final class Anchors {
        private final String text;
        private final List<String> anchors;
        private final int[] next; // the next occurrence of each anchor at or after the last search's start; -1: none

        Anchors(String text, List<String> anchors) {
            this.text = text;
            this.anchors = anchors;
            this.next = new int[anchors.size()];
            java.util.Arrays.fill(next, -2); // not searched yet
        }

        /** The first position at or after {@code from} where one of the anchors starts, or -1. */
        int next(int from) {
            int best = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] == -2 || (next[k] >= 0 && next[k] < from)) next[k] = text.indexOf(anchors.get(k), from);
                if (next[k] >= 0 && (best < 0 || next[k] < best)) best = next[k];
            }
            return best;
        }
    }
}
