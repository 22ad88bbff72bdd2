package framelab.sentiment.lexicon;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The lexicon file formats framelab reads ({@link Lexicons#read(Path, LexiconFormat)}). Each reader fails
 * on a malformed line with a {@link framelab.corpus.CorpusInputException} at {@code file:line} that says
 * what was expected. All accept UTF-8 (windows-1252 as a fallback), a BOM, and CRLF line ends.
 */
public enum LexiconFormat {
    /** VADER's {@code vader_lexicon.txt}: {@code word TAB mean TAB sd TAB [ratings]}, read as word → mean (no VADER rules). Literal. */
    VADER(false),
    /** AFINN: {@code word TAB integer} (AFINN-111, AFINN-165; Nielsen 2011). Literal. */
    AFINN(false),
    /** One word or phrase per line; {@code ;} or {@code #} starts a comment line (Hu &amp; Liu 2004's opinion lexicon). One category, named after the file. Literal. */
    WORD_LIST(false),
    /** LIWC {@code .dic} (2001/2007/2015): a {@code %}-delimited legend {@code number name}, then {@code pattern TAB numbers-or-names}. Globs. */
    LIWC(true),
    /** {@code pattern,category[,weight]} with a header row; comma, tab or semicolon separated, RFC 4180 quotes. Globs. */
    CATEGORY_TABLE(true),
    /** A wide table: a term column, then one column per category, a non-empty cell (a mark or a weight) meaning membership — the General Inquirer spreadsheet, LIWC-22 exports. Globs. */
    MEMBERSHIP_TABLE(true),
    /** quanteda's YAML dictionary ({@code key:} then {@code - pattern} lines, nested keys joined with {@code .}), as LSD2015 is distributed for quanteda. Globs. */
    QUANTEDA_YAML(true),
    /** Lexicoder {@code .lc3}: {@code +category} lines, each followed by its patterns (LSD2015.lc3). Globs. */
    LEXICODER(true),
    /** WordStat / Lexicoder {@code .cat}: category lines, then tab-indented {@code PATTERN (1)} lines; nested categories joined with {@code .}. Globs. */
    WORDSTAT(true),
    /** Empath's {@code categories.tsv}: {@code category TAB word TAB word …}; {@code _} joins multiword terms. Literal. */
    EMPATH(false),
    /** NRC Emotion Lexicon, word level: {@code word TAB emotion TAB 0|1} (Mohammad &amp; Turney 2013). Literal. */
    NRC_EMOLEX(false),
    /** MPQA subjectivity clues {@code .tff}: {@code type=… len=1 word1=… pos1=… stemmed1=y|n priorpolarity=…} (Wilson et al. 2005); stemmed words become prefix patterns. */
    MPQA(true);

    private final boolean globs;

    LexiconFormat(boolean globs) {
        this.globs = globs;
    }

    /** Whether the format's patterns may end in the {@code *} wildcard. */
    public boolean globs() {
        return globs;
    }

    /**
     * The format implied by a file's extension where that is unambiguous: {@code .dic} LIWC,
     * {@code .lc3} Lexicoder, {@code .cat} WordStat, {@code .yml}/{@code .yaml} quanteda YAML,
     * {@code .tff} MPQA, {@code .csv} category table. {@code .txt} and {@code .tsv} are shared by several
     * formats (VADER, AFINN, word lists, NRC, Empath), so they give none: name the format.
     */
    public static Optional<LexiconFormat> detect(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return Optional.ofNullable(switch (ext) {
            case "dic" -> LIWC;
            case "lc3" -> LEXICODER;
            case "cat" -> WORDSTAT;
            case "yml", "yaml" -> QUANTEDA_YAML;
            case "tff" -> MPQA;
            case "csv" -> CATEGORY_TABLE;
            default -> null;
        });
    }

    /** The format named {@code s}, ignoring case and with {@code -} read as {@code _} (for command lines). */
    public static LexiconFormat parse(String s) {
        String k = s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (LexiconFormat f : values()) if (f.name().equals(k)) return f;
        throw new IllegalArgumentException("unknown lexicon format '" + s + "'; formats: " + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
