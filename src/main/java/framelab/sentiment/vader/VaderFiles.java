package framelab.sentiment.vader;

import framelab.corpus.CorpusInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsers for the VADER data files; every error names {@code file:line} and says what to do. */
final class VaderFiles {
    static final String RESOURCE_DIR = "framelab/lexicons/vader/";

    private VaderFiles() {}

    /** The text of a file as lines, UTF-8 (a leading byte-order mark is dropped). */
    static List<String> readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readLines(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new CorpusInputException(file.toString(), "no such file", "check the path");
        } catch (IOException e) {
            throw new CorpusInputException(file.toString(), "cannot be read: " + e.getMessage(),
                    "check that it is a readable file", e);
        }
    }

    /** A bundled resource under {@code framelab/lexicons/vader/}. */
    static List<String> readResource(String name) {
        String path = RESOURCE_DIR + name;
        try (InputStream in = VaderFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("bundled resource missing from the classpath: " + path);
            return readLines(in, "classpath:" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }

    /** Decodes line by line, so that a byte that is not UTF-8 is reported with its line number. */
    private static List<String> readLines(InputStream in, String location) throws IOException {
        byte[] bytes = in.readAllBytes();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < bytes.length) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') to++;
            int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
            try {
                String line = decoder.decode(ByteBuffer.wrap(bytes, from, end - from)).toString();
                if (lines.isEmpty() && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                lines.add(line);
            } catch (CharacterCodingException e) {
                throw new CorpusInputException(location + ":" + (lines.size() + 1), "is not valid UTF-8",
                        "save the file as UTF-8", e);
            }
            from = to + 1;
        }
        return lines;
    }

    /**
     * A VADER lexicon: {@code token<TAB>mean valence[<TAB>sd<TAB>ratings]}. As in the reference, the token is
     * kept as written, surrounding whitespace is ignored and a token listed twice takes its later value.
     * Blank lines are skipped; there are no comment lines (tokens may start with '#').
     */
    static Map<String, Double> lexicon(List<String> lines, String location) {
        Map<String, Double> map = new HashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            String line = pyStrip(lines.get(i));
            if (line.isEmpty()) continue;
            String where = location + ":" + (i + 1);
            int tab = line.indexOf('\t');
            if (tab < 0) { // (a leading tab was stripped with the whitespace, as in the reference)
                throw new CorpusInputException(where, "no tab on the line: '" + clip(line) + "'",
                        "each line must be token<TAB>mean valence, optionally followed by <TAB>sd<TAB>[ratings] "
                                + "(the vader_lexicon.txt format)");
            }
            int end = line.indexOf('\t', tab + 1);
            String value = line.substring(tab + 1, end < 0 ? line.length() : end);
            map.put(line.substring(0, tab), number(value, where, "the mean valence of '" + clip(line.substring(0, tab)) + "'"));
        }
        return map;
    }

    /** One word or phrase per line; '#' starts a comment line. */
    static Set<String> words(List<String> lines, String location) {
        Set<String> set = new LinkedHashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.isEmpty() && line.charAt(0) != '#') set.add(line);
        }
        return set;
    }

    /** {@code phrase<TAB>number} per line; '#' starts a comment line. */
    static Map<String, Double> phrases(List<String> lines, String location) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Pair p : pairList(lines, location, "phrase<TAB>number")) {
            map.put(p.key(), number(p.value(), location + ":" + p.line(), "the value of '" + clip(p.key()) + "'"));
        }
        return map;
    }

    /** {@code NAME<TAB>value} per line; '#' starts a comment line. Values are kept verbatim. */
    static Map<String, String> pairs(List<String> lines, String location, String format) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Pair p : pairList(lines, location, format)) map.put(p.key(), p.value());
        return map;
    }

    private record Pair(String key, String value, int line) {}

    private static List<Pair> pairList(List<String> lines, String location, String format) {
        List<Pair> list = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.charAt(0) == '#') continue;
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new CorpusInputException(location + ":" + (i + 1), "expected " + format + ", got '" + clip(line) + "'",
                        "separate the two fields with one tab");
            }
            list.add(new Pair(line.substring(0, tab).strip(), line.substring(tab + 1), i + 1));
        }
        return list;
    }

    /**
     * vaderSentiment's {@code emoji_utf8_lexicon.txt}: {@code emoji<TAB>description}. Only single-code-point
     * keys are kept: the reference looks text up one character at a time, so longer sequences (skin tones,
     * ZWJ sequences, flags) can never match there either.
     */
    static Map<Integer, String> emojis(List<String> lines, String location) {
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = pyStrip(lines.get(i));
            if (line.isEmpty()) continue;
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new CorpusInputException(location + ":" + (i + 1), "expected emoji<TAB>description, got '" + clip(line) + "'",
                        "use vaderSentiment's emoji_utf8_lexicon.txt or the same two-column format");
            }
            String key = line.substring(0, tab);
            if (key.codePointCount(0, key.length()) != 1) continue;
            int end = line.indexOf('\t', tab + 1);
            map.put(key.codePointAt(0), line.substring(tab + 1, end < 0 ? line.length() : end));
        }
        return map;
    }

    private static double number(String text, String where, String what) {
        String v = text.strip();
        if (!v.isEmpty() && v.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) return d;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new CorpusInputException(where, what + " is '" + clip(v) + "', not a number",
                "write a decimal number such as -1.5 (a dot, no thousands separators)");
    }

    /** Python's {@code str.strip()}: Python whitespace from both ends. */
    static String pyStrip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && PyText.isSpace(s.charAt(from))) from++;
        while (to > from && PyText.isSpace(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
