package framelab.text;

import java.nio.charset.MalformedInputException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A single-threaded worker for an {@link Analyzer}: owns a local term table and per-type caches
 * (stopword test and stem computed once per word type, not per token), so the hot loop does one
 * hash probe per token and allocates only when it meets a new word. Ids are local to the session;
 * {@code dtm.DtmBuilder} maps them to a shared sorted vocabulary.
 */
public final class AnalyzerSession {
    private final Analyzer analyzer;
    private final UnaryOperator<String> stem;
    private final TermTable words = new TermTable(1 << 14);
    private final TermTable terms = new TermTable(1 << 14);
    private int[] wordToTerm = new int[1 << 14]; // -2 unknown, -1 dropped, else term id
    // tokens with characters other than ASCII and ’: raw (case-folded ASCII, ’ → ') form → word id, so
    // lowercasing and NFC run once per distinct raw form, not once per token
    private final TermTable raw = new TermTable(1 << 10);
    // short plain forms (most tokens) looked up by their packed folded characters; ids of `words`
    private final PackedWords shortWords = new PackedWords(1 << 14);
    // the same for the byte path: short ASCII forms by their folded bytes; ids of `words`
    private final AsciiWords asciiWords = new AsciiWords(1 << 14);
    private int[] rawToWord = new int[1 << 10];
    private final boolean lower;
    private final Tokenizer.ArraySink sink = this::onToken;
    private final Tokenizer.Scanner scanner = new Tokenizer.Scanner();
    private final Utf8Scanner utf8Scanner = new Utf8Scanner();
    private final Utf8Scanner.Sink utf8Sink = this::onUtf8Token;
    private char[] chars = new char[1 << 14];
    private char[] buf = new char[64];
    private int[] wordSeq = new int[1024];
    private int nWords;

    AnalyzerSession(Analyzer analyzer, UnaryOperator<String> stem) {
        this.analyzer = analyzer;
        this.stem = stem;
        this.lower = analyzer.lowercase();
        Arrays.fill(wordToTerm, -2);
        Arrays.fill(rawToWord, -1);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The term for a local term id. */
    public String term(int id) {
        return terms.term(id);
    }

    public int termCount() {
        return terms.size();
    }

    public String word(int id) {
        return words.term(id);
    }

    /** Number of distinct word forms (lowercased tokens) met so far: word ids are below it. */
    public int wordCount() {
        return words.size();
    }

    public AnalyzedText analyze(CharSequence text) {
        tokenize(text);
        int[] ws = Arrays.copyOf(wordSeq, nWords);
        int[] out = analyzer.simple() ? simpleTerms(ws) : chainedTerms(ws);
        return new AnalyzedText(out, ws);
    }

    private void tokenize(CharSequence text) {
        nWords = 0;
        int n = text.length();
        chars = Tokenizer.toArray(text, chars);
        scanner.tokenize(chars, n, sink);
    }

    /**
     * {@link #analyze} for bulk counting, without allocating: the words and terms are left in this
     * session's buffers, {@code words()[0 .. wordCount)} and {@code terms()[0 .. termCount)}, valid until
     * the session's next call.
     */
    public Buffers analyzeIntoBuffers(CharSequence text) {
        tokenize(text);
        return fillBuffers();
    }

    /**
     * {@link #analyzeIntoBuffers} of the text that {@code utf8[from, to)} encodes, tokenized from the bytes
     * (see {@link Utf8Scanner}): the same words and terms as analysing the decoded text.
     *
     * @throws MalformedInputException when the bytes are not well-formed UTF-8
     */
    public Buffers analyzeUtf8IntoBuffers(byte[] utf8, int from, int to) throws MalformedInputException {
        nWords = 0;
        utf8Scanner.tokenize(utf8, from, to, utf8Sink);
        return fillBuffers();
    }

    private Buffers fillBuffers() {
        Buffers b = buffers;
        b.words = wordSeq;
        b.wordCount = nWords;
        if (analyzer.simple()) {
            if (b.terms.length < nWords) b.terms = new int[Math.max(nWords, b.terms.length * 2)];
            int[] out = b.terms;
            int n = 0;
            for (int i = 0; i < nWords; i++) {
                int t = termOfWord(wordSeq[i]);
                if (t >= 0) out[n++] = t;
            }
            b.termCount = n;
        } else {
            int[] t = chainedTerms(Arrays.copyOf(wordSeq, nWords));
            b.terms = t;
            b.termCount = t.length;
        }
        return b;
    }

    /** A session's reusable result of {@link #analyzeIntoBuffers}; overwritten by the next call. */
    public static final class Buffers {
        private int[] words = new int[0];
        private int wordCount;
        private int[] terms = new int[1024];
        private int termCount;

        public int[] words() { return words; }
        public int wordCount() { return wordCount; }
        public int[] terms() { return terms; }
        public int termCount() { return termCount; }
    }

    private final Buffers buffers = new Buffers();

    /**
     * One token. With lowercasing on, a token with no non-ASCII character but {@code ’} is looked up by
     * the fold hash the scanner computed, straight from the text: its folded characters (ASCII lowercased,
     * {@code ’} as {@code '}) are already its normal form, as NFC leaves ASCII unchanged; a short one first
     * by its packed characters. Any other token is copied with those two rules applied, then lowercased and
     * composed (NFC) once per distinct raw form.
     */
    private void onToken(char[] text, int start, int end, boolean clitic, int foldHash, boolean plain, long packed) {
        if (clitic) return;
        int id;
        if (packed != 0 && lower) {
            id = shortWords.get(packed);
            if (id < 0) {
                id = words.addFolded(text, start, end - start, TermTable.mix(foldHash));
                shortWords.put(packed, id);
            }
        } else if (plain && lower) {
            id = words.addFolded(text, start, end - start, TermTable.mix(foldHash));
        } else {
            int len = end - start;
            if (len > buf.length) buf = new char[Math.max(len, buf.length * 2)];
            char[] b = buf;
            boolean ascii = true;
            int h = 0;
            for (int i = 0; i < len; i++) {
                char c = text[start + i];
                if (c >= 128) {
                    if (c == '\u2019') c = '\'';
                    else ascii = false;
                } else if (lower && c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                b[i] = c;
                h = 31 * h + c;
            }
            id = ascii ? words.add(b, 0, len, TermTable.mix(h)) : unusualWord(len, TermTable.mix(h));
        }
        if (nWords == wordSeq.length) wordSeq = Arrays.copyOf(wordSeq, nWords * 2);
        wordSeq[nWords++] = id;
    }

    /**
     * One token of UTF-8 text. With lowercasing on, an ASCII token of at most {@link AsciiWords#MAX_LENGTH}
     * bytes is looked up by its folded bytes ({@link AsciiWords}); any other ASCII or plain token (ASCII and
     * {@code ’}) is folded and hashed here exactly as the character scanner does, so both paths share one
     * table of word ids; any other token is decoded and takes {@link #onToken}'s general path. The fold
     * hash is computed only when the short-form cache misses, once per form, not per token.
     */
    private void onUtf8Token(byte[] t, int start, int end, boolean clitic, int kind) {
        if (clitic) return;
        int id;
        if (lower && kind == Utf8Scanner.ASCII_TOKEN && end - start <= AsciiWords.MAX_LENGTH) {
            id = asciiWords.get(t, start, end);
            if (id < 0) {
                id = plainWord(t, start, end);
                asciiWords.putLast(id);
            }
        } else if (lower && kind != Utf8Scanner.OTHER_TOKEN) {
            id = plainWord(t, start, end);
        } else {
            int len = end - start;
            if (chars.length < len) chars = new char[Math.max(len, chars.length * 2)];
            int n = decodeUtf8(t, start, end, chars);
            onToken(chars, 0, n, false, 0, false, 0L);
            return;
        }
        if (nWords == wordSeq.length) wordSeq = Arrays.copyOf(wordSeq, nWords * 2);
        wordSeq[nWords++] = id;
    }

    /**
     * The word id of a plain token in UTF-8 (ASCII and {@code ’} only), folded as {@link Tokenizer}'s scanner
     * folds characters (ASCII lowercased, {@code ’} read as {@code '}) and hashed the same way.
     */
    private int plainWord(byte[] t, int start, int end) {
        int h = 0;
        int n = 0;
        for (int k = start; k < end; k += TermTable.plainLength(t[k]), n++) h = 31 * h + TermTable.foldedPlain(t[k]);
        return words.addFoldedUtf8(t, start, end, n, TermTable.mix(h));
    }

    /** Well-formed UTF-8 (the scanner checked it) into UTF-16; returns the number of chars. */
    private static int decodeUtf8(byte[] t, int from, int to, char[] out) {
        int n = 0;
        for (int i = from; i < to; ) {
            int b = t[i];
            if (b >= 0) {
                out[n++] = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0) {
                out[n++] = (char) ((b & 0x1F) << 6 | (t[i + 1] & 0x3F));
                i += 2;
            } else if ((b & 0xF0) == 0xE0) {
                out[n++] = (char) ((b & 0x0F) << 12 | (t[i + 1] & 0x3F) << 6 | (t[i + 2] & 0x3F));
                i += 3;
            } else {
                int cp = (b & 0x07) << 18 | (t[i + 1] & 0x3F) << 12 | (t[i + 2] & 0x3F) << 6 | (t[i + 3] & 0x3F);
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
                i += 4;
            }
        }
        return n;
    }

    private int unusualWord(int len, int hash) {
        int r = raw.add(buf, 0, len, hash);
        if (r >= rawToWord.length) {
            int old = rawToWord.length;
            rawToWord = Arrays.copyOf(rawToWord, Math.max(r + 1, old * 2));
            Arrays.fill(rawToWord, old, rawToWord.length, -1);
        }
        int w = rawToWord[r];
        if (w < 0) {
            String s = new String(buf, 0, len);
            if (lower) s = s.toLowerCase(Locale.ROOT);
            w = words.add(Normalizer.normalize(s, Normalizer.Form.NFC));
            rawToWord[r] = w;
        }
        return w;
    }

    private int termOfWord(int w) {
        if (w >= wordToTerm.length) {
            int old = wordToTerm.length;
            wordToTerm = Arrays.copyOf(wordToTerm, Math.max(w + 1, old * 2));
            Arrays.fill(wordToTerm, old, wordToTerm.length, -2);
        }
        int t = wordToTerm[w];
        if (t == -2) {
            String word = words.term(w);
            t = analyzer.stopwords().contains(word) ? -1 : terms.add(stem.apply(word));
            wordToTerm[w] = t;
        }
        return t;
    }

    private int[] simpleTerms(int[] ws) {
        int[] out = new int[ws.length];
        int n = 0;
        for (int w : ws) {
            int t = termOfWord(w);
            if (t >= 0) out[n++] = t;
        }
        return Arrays.copyOf(out, n);
    }

    private int[] chainedTerms(int[] ws) {
        int[] units = analyzer.multiwords().isEmpty() ? ws : joinMultiwords(ws);
        int[] unigrams = simpleTerms(units);
        int lo = analyzer.ngramMin();
        int hi = analyzer.ngramMax();
        if (lo == 1 && hi == 1) return unigrams;
        int[] out = new int[unigrams.length * (hi - lo + 1)];
        int n = 0;
        StringBuilder sb = new StringBuilder();
        for (int size = lo; size <= hi; size++) {
            for (int i = 0; i + size <= unigrams.length; i++) {
                if (size == 1) {
                    out[n++] = unigrams[i];
                    continue;
                }
                sb.setLength(0);
                for (int k = 0; k < size; k++) {
                    if (k > 0) sb.append('_');
                    sb.append(terms.term(unigrams[i + k]));
                }
                out[n++] = terms.add(sb);
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int[] joinMultiwords(int[] ws) {
        int[] out = new int[ws.length];
        int n = 0;
        int i = 0;
        outer:
        while (i < ws.length) {
            for (var phrase : analyzer.multiwords().phrases()) {
                int len = phrase.size();
                if (i + len > ws.length) continue;
                boolean match = true;
                for (int k = 0; k < len && match; k++) match = words.term(ws[i + k]).equals(phrase.get(k));
                if (match) {
                    out[n++] = words.add(String.join("_", phrase));
                    i += len;
                    continue outer;
                }
            }
            out[n++] = ws[i++];
        }
        return Arrays.copyOf(out, n);
    }
}
