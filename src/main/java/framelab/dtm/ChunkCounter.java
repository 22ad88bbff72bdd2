package framelab.dtm;

import framelab.corpus.Cleaner;
import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.corpus.Removal;
import framelab.corpus.Utf8Chunks;
import framelab.text.AnalyzerSession;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One worker's counting of {@link Utf8Chunks}: splits a chunk into records, decodes the metadata
 * fields, and tokenizes each text straight from its UTF-8 bytes. A text goes through the
 * {@link Cleaner} (and is decoded for it) only when the cleaner may change it
 * ({@link Cleaner#leavesSingleLineUnchanged}, {@link Cleaner#inlineRulesIn}); most news texts are longer
 * than any chrome line and hold no inline furniture. The
 * ids, skips and line numbers of the records are settled later, in input order, by
 * {@link DtmBuilder}, since a chunk does not know how many records came before it.
 */
final class ChunkCounter {
    /** A record of a chunk as this worker left it: a document counted, or a record to skip (wrong field count). */
    record Pending(int indexInChunk, String idField, int fields, DocMeta meta, int[] ids, int[] counts, List<Removal> removals,
                   int chars, int wordTokens, int terms, double[] measures) {
    }

    /** A chunk's records, in order, and how many records it held (blank lines included). */
    record Counted(int chunk, int session, int records, List<Pending> pending) {
    }

    private final Utf8Chunks source;
    private final Cleaner cleaner;
    private final TokenMeasure measure;
    private final AnalyzerSession session;
    private final int sessionIndex;
    private final DtmBuilder.Scratch scratch = new DtmBuilder.Scratch();
    private final CharsetDecoder strict = Utf8Chunks.strictDecoder();
    private final List<String> columns;
    private final int textColumn;
    private final int idColumn;

    ChunkCounter(Utf8Chunks source, Cleaner cleaner, TokenMeasure measure, AnalyzerSession session, int sessionIndex) {
        this.sessionIndex = sessionIndex;
        this.source = source;
        this.cleaner = cleaner;
        this.measure = measure;
        this.session = session;
        this.columns = source.columns();
        this.textColumn = source.textColumn();
        this.idColumn = source.idColumn();
    }

    Counted count(Utf8Chunks.Chunk chunk) {
        List<Pending> out = new ArrayList<>();
        byte[] b = chunk.bytes();
        int records = Utf8Chunks.forEachRecord(chunk, (index, starts, ends, fields) -> {
            if (fields == 1 && starts[0] == ends[0]) return; // a blank line
            String id = idColumn >= 0 && idColumn < fields ? source.decode(b, starts[idColumn], ends[idColumn], strict).strip() : null;
            if (fields != columns.size()) {
                out.add(new Pending(index, id, fields, null, null, null, List.of(), 0, 0, 0, null));
                return;
            }
            out.add(document(b, index, id, starts, ends));
        });
        return new Counted(chunk.index(), sessionIndex, records, out);
    }

    private Pending document(byte[] b, int index, String id, int[] starts, int[] ends) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (int k = 0; k < columns.size(); k++) {
            if (k != textColumn) meta.put(columns.get(k), source.decode(b, starts[k], ends[k], strict));
        }
        DocMeta docMeta = DocMeta.of(meta);
        int from = starts[textColumn];
        int to = ends[textColumn];
        int chars = Utf8Chunks.utf16Length(b, from, to);
        List<Removal> removals = List.of();
        AnalyzerSession.Buffers a;
        long inline = cleaner.inlineRulesIn(b, from, to);
        if (inline == 0 && cleaner.leavesSingleLineUnchanged(chars)) {
            a = analyzeBytes(b, from, to);
        } else {
            // the id may still change (row numbers are settled later); DtmBuilder renames the removals
            Document d = new Document(id == null ? "" : id, source.decode(b, from, to, strict), docMeta, source.file());
            // the cleaned text as UTF-8 (cut from b where only inline rules changed it) for the byte tokenizer, the
            // character one's equal (TokenizerBytesTest) and twice as fast
            Cleaner.CleanedUtf8 cleaned = cleaner.cleanUtf8(d, inline, b, from, to);
            removals = cleaned.cleaned().removals();
            a = analyzeBytes(cleaned.bytes(), cleaned.from(), cleaned.to());
        }
        DtmBuilder.Scratch sc = scratch;
        sc.doc++;
        sc.nextLocal = 0;
        DtmBuilder.RowOut row = DtmBuilder.countRow("", a.terms(), a.termCount(), session.termCount(), sc);
        if (measure != null) DtmBuilder.renumber(a.words(), a.wordCount(), 0, session.wordCount(), sc);
        double[] m = measure == null ? new double[0] : measure.measureDense(sc.words, a.wordCount(), sc.nextLocal);
        return new Pending(index, id, columns.size(), docMeta, row.ids(), row.counts(), removals, chars, a.wordCount(), a.termCount(), m);
    }

    private AnalyzerSession.Buffers analyzeBytes(byte[] b, int from, int to) {
        try {
            return session.analyzeUtf8IntoBuffers(b, from, to);
        } catch (MalformedInputException e) {
            throw source.malformed();
        }
    }
}
