package framelab.report;

/**
 * How CSV files are written. Always RFC 4180 and UTF-8. {@code excel} adds a byte-order mark and
 * CRLF line ends so Excel opens UTF-8 correctly; the default is LF with no BOM (what R, pandas and
 * LibreOffice prefer).
 */
public record CsvFormat(boolean excel) {
    public static final CsvFormat DEFAULT = new CsvFormat(false);
    public static final CsvFormat EXCEL = new CsvFormat(true);

    String lineEnd() {
        return excel ? "\r\n" : "\n";
    }
}
