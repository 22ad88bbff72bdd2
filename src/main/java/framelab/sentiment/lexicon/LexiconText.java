package framelab.sentiment.lexicon;

import framelab.corpus.CorpusInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a lexicon file, numbered from 1, with a byte-order mark removed and any of LF, CRLF or CR
 * ending a line. The text is UTF-8; a file that is not valid UTF-8 is read as windows-1252 (older LIWC and
 * WordStat dictionaries were saved on Windows) and the lexicon notes it. UTF-16 with a BOM is read as such.
 *
 * @param location the file name used in error locations ({@code location:line})
 * @param lines    the lines, without line terminators
 * @param charset  the charset the text was decoded with
 */
record LexiconText(String location, List<String> lines, Charset charset) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static LexiconText read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusInputException(file.toString(), "cannot read the lexicon file (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")", "check the path and that the file is readable", e);
        }
        return decode(file.toString(), bytes);
    }

    static LexiconText decode(String location, byte[] bytes) {
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            if (cs != StandardCharsets.UTF_8) {
                throw new CorpusInputException(location, "the file starts with a " + cs + " byte-order mark but is not valid " + cs,
                        "save the lexicon as UTF-8");
            }
            cs = WINDOWS_1252;
            text = new String(bytes, skip, bytes.length - skip, cs);
        }
        return new LexiconText(location, splitLines(text), cs);
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(text.substring(start));
        return out;
    }

    /** {@code location:line} for the 1-based line number. */
    String at(int line) {
        return location + ":" + line;
    }

    /** An error at a 1-based line. */
    CorpusInputException error(int line, String problem, String hint) {
        return new CorpusInputException(at(line), problem, hint);
    }

    /** Runs {@code action}; an {@link IllegalArgumentException} from it (a bad pattern, weight, duplicate) becomes an error at {@code line}. */
    void guard(int line, String hint, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            throw error(line, e.getMessage(), hint);
        }
    }

    /** The note recorded when the file was not UTF-8, or null. */
    String charsetNote() {
        return charset.equals(WINDOWS_1252) ? location + ": not valid UTF-8; read as windows-1252" : null;
    }

    /** The name of a file without directory and extension: the default lexicon name. */
    static String stem(Path file) {
        String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
