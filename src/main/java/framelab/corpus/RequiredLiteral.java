package framelab.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast pre-check in front of a chrome regex, so that most lines are rejected without creating a
 * matcher: either the text every match starts with (one of a few alternatives, checked with
 * {@link String#regionMatches}), or failing that a piece of text every match contains. Extraction is
 * conservative: it only reads literal characters at the top level of the pattern (outside classes
 * and quantified atoms), and gives up (no pre-check) on inline flags other than a leading
 * {@code (?i)}, quoting, and escapes that take arguments (Unicode properties, hex and octal codes,
 * named groups). Chrome rules are matched against the whole line, so a prefix is exact.
 */
record RequiredLiteral(List<String> prefixes, String infix, boolean ignoreCase) {
    private static final String META = "\\.[]{}()*+?^$|";
    private static final String[] ARG_ESCAPES = {"\\Q", "\\p", "\\P", "\\x", "\\u", "\\0", "\\c", "\\k", "\\N"};

    static final RequiredLiteral NONE = new RequiredLiteral(List.of(), "", false);

    RequiredLiteral {
        prefixes = List.copyOf(prefixes);
    }

    /** Whether {@code s} may match the regex this pre-check was made for. */
    boolean mayMatch(String s) {
        if (!prefixes.isEmpty()) {
            for (String p : prefixes) if (s.regionMatches(ignoreCase, 0, p, 0, p.length())) return true;
            return false;
        }
        if (infix.isEmpty()) return true;
        return ignoreCase && hasLetter(infix) ? containsIgnoreCase(s, infix) : s.contains(infix);
    }

    /**
     * Case-insensitive {@code contains} without copying: ASCII characters are screened against the
     * literal's first character, anything else is compared as {@link String#regionMatches} does,
     * which is how a case-insensitive Unicode regex compares characters.
     */
    static boolean containsIgnoreCase(String s, String lit) {
        int n = lit.length();
        char first = lit.charAt(0);
        char lower = Character.toLowerCase(first);
        char upper = Character.toUpperCase(first);
        for (int i = 0, last = s.length() - n; i <= last; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? c != lower && c != upper : false) continue;
            if (s.regionMatches(true, i, lit, 0, n)) return true;
        }
        return false;
    }

    static RequiredLiteral of(String regex) {
        boolean ci = regex.startsWith("(?i)");
        String p = ci ? regex.substring(4) : regex;
        if (hasInlineFlags(p)) return NONE;
        for (String esc : ARG_ESCAPES) if (p.contains(esc)) return NONE;
        List<String> prefixes = leadingAlternatives(p);
        String infix = topLevelLiteral(p);
        if (infix.isBlank()) infix = "";
        if (ci) {
            for (String s : prefixes) if (!ascii(s)) prefixes = List.of();
            if (!ascii(infix)) infix = "";
        }
        return prefixes.isEmpty() && infix.isEmpty() ? NONE : new RequiredLiteral(prefixes, infix, ci);
    }

    /** The literal start of every match: a literal run, or a group of literal alternatives. */
    private static List<String> leadingAlternatives(String p) {
        if (topLevelBar(p)) return List.of();
        StringBuilder run = new StringBuilder();
        int i = literalRun(p, 0, run);
        if (!run.isEmpty()) return List.of(run.toString());
        if (!p.startsWith("(?:")) return List.of();
        int close = p.indexOf(')');
        if (close < 0 || (close + 1 < p.length() && "?*{".indexOf(p.charAt(close + 1)) >= 0)) return List.of();
        List<String> alts = new ArrayList<>();
        for (String alt : p.substring(3, close).split("\\|", -1)) {
            StringBuilder a = new StringBuilder();
            if (literalRun(alt, 0, a) != alt.length() || a.isEmpty()) return List.of();
            alts.add(a.toString());
        }
        return alts;
    }

    /** Appends the unquantified literal characters from {@code i}; returns where they stop. */
    private static int literalRun(String p, int i, StringBuilder run) {
        while (i < p.length()) {
            char c = p.charAt(i);
            int next = i + 1;
            char lit = c;
            if (c == '\\') {
                if (i + 1 >= p.length() || Character.isLetterOrDigit(p.charAt(i + 1))) return i;
                lit = p.charAt(i + 1);
                next = i + 2;
            } else if (META.indexOf(c) >= 0) {
                return i;
            }
            if (next < p.length() && "?*{".indexOf(p.charAt(next)) >= 0) return i;
            run.append(lit);
            i = next;
        }
        return i;
    }

    private static boolean topLevelBar(String p) {
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') {
                i = skipClass(p, i) - 1;
                if (i < 0) return true;
            } else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    /** The longest run of literal characters outside groups that every match contains. */
    private static String topLevelLiteral(String p) {
        if (topLevelBar(p)) return "";
        String best = "";
        int depth = 0;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (depth == 0 && (c == '\\' ? i + 1 < p.length() && !Character.isLetterOrDigit(p.charAt(i + 1)) : META.indexOf(c) < 0)) {
                StringBuilder run = new StringBuilder();
                int stop = literalRun(p, i, run);
                if (run.length() > best.length()) best = run.toString();
                if (stop > i) {
                    i = stop;
                    continue;
                }
            }
            if (c == '\\') i += 2;
            else if (c == '[') {
                i = skipClass(p, i);
                if (i < 0) return "";
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                if (close < 0) return "";
                i = close + 1;
            } else {
                if (c == '(') depth++;
                else if (c == ')') depth--;
                i++;
            }
        }
        return best;
    }

    private static boolean hasInlineFlags(String p) {
        for (int i = p.indexOf("(?"); i >= 0; i = p.indexOf("(?", i + 1)) {
            if (i > 0 && p.charAt(i - 1) == '\\') continue;
            char k = i + 2 < p.length() ? p.charAt(i + 2) : ':';
            if (":=!<>".indexOf(k) < 0) return true;
        }
        return false;
    }

    /** Index just after the class starting at {@code i}, or -1 when it never closes. */
    private static int skipClass(String p, int i) {
        int depth = 0;
        for (int k = i; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && k > i + 1 && !(k == i + 2 && p.charAt(i + 1) == '^')) {
                if (--depth == 0) return k + 1;
            }
        }
        return -1;
    }

    private static boolean hasLetter(String s) {
        for (int k = 0; k < s.length(); k++) if (Character.isLetter(s.charAt(k))) return true;
        return false;
    }

    private static boolean ascii(String s) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) > 127) return false;
        return true;
    }
}
