package framelab.sentiment.lexicon;

import framelab.text.Analyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * Lexicon patterns compiled for matching token sequences: a word-level trie whose edges are exact words
 * (a hash map) or word prefixes (a character trie per node), so a token costs one hash lookup plus a walk
 * over its characters, with no regular expression and no allocation.
 *
 * <p>Each pattern word is split with the analyzer's tokenizer, exactly as text is: {@code russia's}
 * becomes {@code russia} + {@code 's}, {@code x/y} would lose its slash. A pattern the tokenizer cannot
 * reproduce in full (a character it drops, such as VADER's emoticons or Hu &amp; Liu's {@code a+}) could
 * only match something else, so it is left out and listed in {@link #unmatchable()}.
 *
 * <p>A multiword entry matches only tokens separated by white space ({@link UnitTokens}). Matching is
 * leftmost-longest: at a token, the entry covering the most tokens wins; between entries
 * of the same length the more specific one wins, word by word (an exact word before a prefix, a longer
 * prefix before a shorter one). Two patterns that compile to the same token sequence are merged with the
 * scorer's merge function. Immutable and thread-safe.
 */
final class PatternMatcher<V> {
    private final Node<V> root;
    private final List<String> unmatchable;
    private final int compiled;

    private PatternMatcher(Node<V> root, List<String> unmatchable, int compiled) {
        this.root = root;
        this.unmatchable = unmatchable;
        this.compiled = compiled;
    }

    /**
     * The best match starting at {@code tokens[from]}: writes its end (exclusive) and value into
     * {@code out}; false if none. A match continues past token {@code i} only if {@code joined[i + 1]}.
     */
    boolean longest(String[] tokens, boolean[] joined, int n, int from, Match<V> out) {
        out.end = -1;
        out.value = null;
        search(root, tokens, joined, n, from, from, out);
        return out.end > from;
    }

    /** Patterns that can never match a token sequence, in lexicon order. */
    List<String> unmatchable() {
        return unmatchable;
    }

    /** The number of patterns compiled (lexicon size minus unmatchable ones). */
    int compiled() {
        return compiled;
    }

    /** A reusable holder for the result of {@link #longest}; one per thread. */
    static final class Match<V> {
        int end;
        V value;
    }

    private void search(Node<V> node, String[] tokens, boolean[] joined, int n, int from, int i, Match<V> best) {
        if (node.value != null && i > best.end) {
            best.end = i;
            best.value = node.value;
        }
        if (i >= n || (i > from && !joined[i])) return;
        String tok = tokens[i];
        Node<V> ex = node.exact.get(tok);
        if (ex != null) search(ex, tokens, joined, n, from, i + 1, best);
        if (node.prefixes != null) walk(node.prefixes, tok, 0, tokens, joined, n, from, i, best);
    }

    /** Visits the prefix entries matching {@code tok}, longest first (children before the node itself). */
    private void walk(CharTrie<Node<V>> t, String tok, int k, String[] tokens, boolean[] joined, int n, int from, int i, Match<V> best) {
        if (k < tok.length()) {
            CharTrie<Node<V>> child = t.child(tok.charAt(k));
            if (child != null) walk(child, tok, k + 1, tokens, joined, n, from, i, best);
        }
        if (t.value != null && k > 0) search(t.value, tokens, joined, n, from, i + 1, best);
    }

    /**
     * Compiles {@code entries} (pattern → value) for {@code analyzer}'s tokenizer and normalisation.
     *
     * @param globs whether a final {@code *} on a pattern word is a prefix wildcard
     * @param merge combines the values of two patterns that compile to the same token sequence
     */
    static <V> PatternMatcher<V> compile(Map<String, V> entries, boolean globs, Analyzer analyzer, BinaryOperator<V> merge) {
        Builder<V> root = new Builder<>();
        List<String> unmatchable = new ArrayList<>();
        int compiled = 0;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            List<String> words = new ArrayList<>();
            List<Boolean> prefix = new ArrayList<>();
            if (!tokenize(e.getKey(), globs, analyzer, words, prefix)) {
                unmatchable.add(e.getKey());
                continue;
            }
            Builder<V> node = root;
            for (int w = 0; w < words.size(); w++) {
                Map<String, Builder<V>> edges = prefix.get(w) ? node.prefixes : node.exact;
                node = edges.computeIfAbsent(words.get(w), k -> new Builder<>());
            }
            node.value = node.value == null ? e.getValue() : merge.apply(node.value, e.getValue());
            compiled++;
        }
        return new PatternMatcher<>(root.freeze(), List.copyOf(unmatchable), compiled);
    }

    /**
     * The normalised token form used on both sides of matching: the analyzer's normalisation, then case
     * folding. An ASCII token (most of news text) only needs lower-casing, done here without the Unicode
     * machinery; the result is the same.
     */
    static String normalize(Analyzer analyzer, String token) {
        boolean upper = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 128) return Patterns.fold(analyzer.normalize(token));
            if (c >= 'A' && c <= 'Z') upper = true;
        }
        if (!upper) return token;
        char[] a = token.toCharArray();
        for (int i = 0; i < a.length; i++) if (a[i] >= 'A' && a[i] <= 'Z') a[i] += 32;
        return new String(a);
    }

    private static boolean tokenize(String pattern, boolean globs, Analyzer analyzer, List<String> words, List<Boolean> prefix) {
        for (String word : pattern.split(" ")) {
            boolean pre = globs && Patterns.isPrefix(word);
            String stem = pre ? word.substring(0, word.length() - 1) : word;
            int[] covered = {0};
            int before = words.size();
            analyzer.tokenizer().tokenize(stem, (t, s, e, clitic) -> {
                covered[0] += e - s;
                words.add(normalize(analyzer, t.subSequence(s, e).toString()));
                prefix.add(false);
            });
            if (words.size() == before || covered[0] != stem.length()) return false;
            if (pre) prefix.set(prefix.size() - 1, true);
        }
        return true;
    }

    private static final class Node<V> {
        final Map<String, Node<V>> exact;
        final CharTrie<Node<V>> prefixes;
        final V value;

        Node(Map<String, Node<V>> exact, CharTrie<Node<V>> prefixes, V value) {
            this.exact = exact;
            this.prefixes = prefixes;
            this.value = value;
        }
    }

    private static final class Builder<V> {
        final Map<String, Builder<V>> exact = new HashMap<>();
        final Map<String, Builder<V>> prefixes = new HashMap<>();
        V value;

        Node<V> freeze() {
            Map<String, Node<V>> ex = new HashMap<>(Math.max(4, exact.size() * 4 / 3 + 1));
            exact.forEach((k, b) -> ex.put(k, b.freeze()));
            CharTrie<Node<V>> pre = null;
            if (!prefixes.isEmpty()) {
                CharTrie.Builder<Node<V>> tb = new CharTrie.Builder<>();
                prefixes.forEach((k, b) -> tb.put(k, b.freeze()));
                pre = tb.freeze();
            }
            return new Node<>(ex.isEmpty() ? Map.of() : ex, pre, value);
        }
    }

    /** An immutable character trie: sorted child characters, binary-searched. */
    static final class CharTrie<T> {
        private final char[] keys;
        private final CharTrie<T>[] children;
        final T value;

        private CharTrie(char[] keys, CharTrie<T>[] children, T value) {
            this.keys = keys;
            this.children = children;
            this.value = value;
        }

        CharTrie<T> child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        static final class Builder<T> {
            private final TreeMap<Character, Builder<T>> kids = new TreeMap<>();
            private T value;

            void put(String key, T v) {
                Builder<T> b = this;
                for (int i = 0; i < key.length(); i++) b = b.kids.computeIfAbsent(key.charAt(i), c -> new Builder<>());
                b.value = v;
            }

            @SuppressWarnings("unchecked")
            CharTrie<T> freeze() {
                char[] k = new char[kids.size()];
                CharTrie<T>[] c = new CharTrie[kids.size()];
                int i = 0;
                for (Map.Entry<Character, Builder<T>> e : kids.entrySet()) {
                    k[i] = e.getKey();
                    c[i++] = e.getValue().freeze();
                }
                return new CharTrie<>(k, c, value);
            }
        }
    }
}
