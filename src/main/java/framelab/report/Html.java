package framelab.report;

import java.util.List;
import java.util.Locale;

/**
 * Small helpers for writing HTML and SVG by hand: escaping that is valid in both (XML's five
 * entities, with characters XML forbids dropped), number formats that do not depend on the default
 * locale, and a table builder that caps long tables with a note pointing to the CSV that has them all.
 */
final class Html {
    private Html() {
    }

    /** Escapes text for HTML/XML element content and quoted attribute values; drops characters XML 1.0 forbids. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
                    if (c == 0xFFFE || c == 0xFFFF) continue;
                    if (Character.isSurrogate(c)) {
                        // keep well-formed pairs, drop lone halves (not allowed in XML)
                        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        }
                        continue;
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Shortens a string to at most {@code max} code points, ending in an ellipsis when cut. */
    static String clip(String s, int max) {
        if (s == null) return "";
        if (s.codePointCount(0, s.length()) <= max) return s;
        return s.substring(0, s.offsetByCodePoints(0, Math.max(1, max - 1))) + "…";
    }

    /** An integer with thousands separators ({@code 1,110,624}). */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A ratio such as TTR with three decimals; empty for NaN. */
    static String ratio(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A statistic: one decimal below 100, none above; empty for NaN. */
    static String stat(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        String s = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** A p-value: three significant digits, exponent notation when small. */
    static String p(double v) {
        if (Double.isNaN(v)) return "";
        if (v == 0) return "0";
        return v < 0.001 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Builds an HTML table; cells are escaped, columns listed in {@code numeric} are right-aligned. */
    static final class Table {
        private static final int SHORT = 24;
        private final StringBuilder b = new StringBuilder();
        private final boolean[] numeric;
        private int rows;

        Table(List<String> header, boolean... numeric) {
            this.numeric = numeric;
            b.append("<table><thead><tr>");
            for (int i = 0; i < header.size(); i++) b.append(num(i) ? "<th class=n>" : "<th>").append(esc(header.get(i))).append("</th>");
            b.append("</tr></thead><tbody>\n");
        }

        private boolean num(int i) {
            return i < numeric.length && numeric[i];
        }

        /** Adds a row of plain-text cells. */
        Table row(Object... cells) {
            b.append("<tr>");
            for (int i = 0; i < cells.length; i++) {
                String text = cells[i] == null ? "" : String.valueOf(cells[i]);
                // short text cells (ids, dates, rules) never wrap; long ones (titles, excerpts) may
                b.append(num(i) ? "<td class=n>" : text.length() <= SHORT ? "<td class=s>" : "<td>").append(esc(text)).append("</td>");
            }
            b.append("</tr>\n");
            rows++;
            return this;
        }

        int rows() {
            return rows;
        }

        /** The table, followed by a note when {@code more} rows were left out. */
        String html(int more, String unit, String csv) {
            String t = b + "</tbody></table>\n";
            if (more > 0) t += "<p class=note>… " + count(more) + " more " + esc(unit) + " in <code>" + esc(csv) + "</code>.</p>\n";
            return t;
        }
    }
}
