package framelab.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Site chrome rules (donation appeals, subscribe boxes, "Related Articles", copyright lines, scraper
 * footers): what a news page wraps around the article, read from rule files so users can extend them.
 *
 * <p>Format (one rule a line; {@code #} starts a comment line; blank lines are ignored):
 * <pre>
 * line-exact      TEXT   a line equal to TEXT, ignoring case and spacing
 * line-regex      REGEX  a line the regex matches in full
 * paragraph-regex REGEX  a paragraph (blank-line separated block) the regex matches in full
 * tail-from-regex REGEX  the first line the regex matches in full, and everything after it
 * inline-regex    REGEX  every match of the regex anywhere in the text (see {@link InlineChrome})
 * </pre>
 * Lines and paragraphs are trimmed and their whitespace collapsed to single spaces before matching.
 * Regexes are Java regexes, case-sensitive unless they start with {@code (?i)}; they must match the
 * whole unit, so a sentence that merely contains a chrome word is never removed. Line rules only
 * look at lines of at most {@value #MAX_LINE} characters and the other kinds at units of at most
 * {@value #MAX_PARAGRAPH} (chrome is short; this bounds the cost of a badly written regex). A
 * tail is only cut when it starts after the first third of the document, so a match near the top
 * can never take the article with it. Removals are recorded as {@code chrome-line},
 * {@code chrome-paragraph} and {@code chrome-tail} ({@code chrome-inline} for the inline rules). Every regex is compiled once and guarded by a
 * cheap {@link RequiredLiteral} pre-check. The bundled file is
 * {@code src/main/resources/framelab/cleaning/chrome-rules.txt}.
 */
final class ChromeRules {
    static final String BUNDLED = "framelab/cleaning/chrome-rules.txt";
    static final int MAX_LINE = 400;
    static final int MAX_PARAGRAPH = 2000;
    static final List<String> KINDS = List.of("line-exact", "line-regex", "paragraph-regex", "tail-from-regex", "inline-regex");

    /** A compiled regex rule with its pre-check. */
    private record Rule(Pattern pattern, RequiredLiteral literal) {
        boolean matches(String s) {
            return literal.mayMatch(s) && pattern.matcher(s).matches();
        }
    }

    private final Set<String> exact;
    private final int exactMaxLength;
    private final List<Rule> lineRegex;
    private final List<Rule> paragraphRegex;
    private final List<Rule> tailRegex;
    private final InlineChrome inline;

    private ChromeRules(Set<String> exact, List<Rule> line, List<Rule> paragraph, List<Rule> tail, InlineChrome inline) {
        this.exact = Set.copyOf(exact);
        this.exactMaxLength = exact.stream().mapToInt(String::length).max().orElse(0);
        this.lineRegex = List.copyOf(line);
        this.paragraphRegex = List.copyOf(paragraph);
        this.tailRegex = List.copyOf(tail);
        this.inline = inline;
    }

    static ChromeRules empty() {
        return new ChromeRules(Set.of(), List.of(), List.of(), List.of(), InlineChrome.empty());
    }

    /** The rules shipped with framelab. */
    static ChromeRules bundled() {
        try (InputStream in = ChromeRules.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUNDLED);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return empty().plus(BUNDLED, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These rules plus those of a user file; fails with {@code file:line} on a malformed rule. */
    ChromeRules plus(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusInputException(file.toString(), "the rule file is not valid UTF-8",
                    "save it as UTF-8 text");
        } catch (IOException e) {
            throw new CorpusInputException(file.toString(), "cannot read the rule file: " + e.getMessage(),
                    "check the path given to withExtraRules / --clean-rules");
        }
        return plus(file.toString(), text);
    }

    ChromeRules plus(String location, String text) {
        Set<String> ex = new HashSet<>(exact);
        List<Rule> line = new ArrayList<>(lineRegex);
        List<Rule> para = new ArrayList<>(paragraphRegex);
        List<Rule> tail = new ArrayList<>(tailRegex);
        InlineChrome in = inline;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String raw;
            int no = 0;
            while ((raw = r.readLine()) != null) {
                no++;
                String s = raw.strip();
                if (no == 1 && s.startsWith("\uFEFF")) s = s.substring(1).strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                int sp = 0;
                while (sp < s.length() && !Character.isWhitespace(s.charAt(sp))) sp++;
                String kind = s.substring(0, sp);
                String arg = s.substring(sp).strip();
                String where = location + ":" + no;
                if (!KINDS.contains(kind)) {
                    throw new CorpusInputException(where, "unknown rule kind '" + kind + "'",
                            "start the line with one of: " + String.join(", ", KINDS) + " (or # for a comment)");
                }
                if (arg.isEmpty()) {
                    throw new CorpusInputException(where, "rule '" + kind + "' has no text or regex after it",
                            "write the text or regex after the kind, separated by a space");
                }
                switch (kind) {
                    case "line-exact" -> ex.add(exactKey(arg));
                    case "line-regex" -> line.add(compile(arg, where));
                    case "paragraph-regex" -> para.add(compile(arg, where));
                    case "inline-regex" -> in = in.plus(InlineChrome.compile(arg, where));
                    default -> tail.add(compile(arg, where));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        return new ChromeRules(ex, line, para, tail, in);
    }

    private static Rule compile(String regex, String where) {
        return new Rule(pattern(regex, where), RequiredLiteral.of(regex));
    }

    /** A rule's regex compiled, or the error for a rule file: {@code where}, what is wrong and where in the regex. */
    static Pattern pattern(String regex, String where) {
        try {
            return Pattern.compile(regex, Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new CorpusInputException(where, "bad regular expression: " + e.getDescription()
                    + " near index " + e.getIndex() + " in " + regex,
                    "fix the regex (Java syntax; escape . ( ) [ ] ? * + with a backslash); for plain text use line-exact, "
                            + "or an inline-regex of the text with those characters escaped", e);
        }
    }

    private static String exactKey(String s) {
        return Texts.collapse(s).toLowerCase(Locale.ROOT);
    }

    int size() {
        return exact.size() + lineRegex.size() + paragraphRegex.size() + tailRegex.size() + inline.size();
    }

    /** The {@code inline-regex} rules, applied by {@link Cleaner} before the line rules. */
    InlineChrome inline() {
        return inline;
    }

    /** Marks the chrome in the kept lines: the tail first, then single lines, then paragraphs. */
    void apply(MarkedLines t) {
        if (size() == 0) return;
        if (!tailRegex.isEmpty()) cutTail(t);
        String[] collapsed = new String[t.size()];
        for (int i = 0; i < t.size(); i++) {
            if (t.removed(i) || t.length(i) > MAX_PARAGRAPH || t.blank(i)) continue;
            String line = Texts.collapse(t.raw(i));
            collapsed[i] = line;
            if (t.length(i) > MAX_LINE) continue;
            if ((line.length() <= exactMaxLength && exact.contains(line.toLowerCase(Locale.ROOT)))
                    || matchesAny(lineRegex, line)) {
                t.remove(i, i, "chrome-line");
            }
        }
        if (paragraphRegex.isEmpty()) return;
        for (int[] p : t.paragraphs()) {
            String para;
            if (p.length == 1) {
                para = collapsed[p[0]];
            } else {
                int len = 0;
                for (int i : p) len += t.length(i) + 1;
                if (len > MAX_PARAGRAPH) continue;
                StringBuilder sb = new StringBuilder(len);
                for (int i : p) sb.append(collapsed[i]).append(' ');
                para = sb.toString().strip();
            }
            if (para != null && matchesAny(paragraphRegex, para)) t.remove(p[0], p[p.length - 1], "chrome-paragraph");
        }
    }

    private void cutTail(MarkedLines t) {
        int minOffset = t.text().length() / 3;
        for (int i = 0; i < t.size(); i++) {
            if (t.offset(i) < minOffset || t.removed(i) || t.length(i) > MAX_PARAGRAPH || t.blank(i)) continue;
            if (matchesAny(tailRegex, Texts.collapse(t.raw(i)))) {
                t.remove(i, t.size() - 1, "chrome-tail");
                return;
            }
        }
    }

    private static boolean matchesAny(List<Rule> rules, String s) {
        for (Rule r : rules) if (r.matches(s)) return true;
        return false;
    }
}
