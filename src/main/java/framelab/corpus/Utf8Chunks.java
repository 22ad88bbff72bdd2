package framelab.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A UTF-8 TSV corpus handed over as chunks of whole records, undecoded, so that a counter can split,
 * decode and tokenize them on several threads ({@code dtm.DtmBuilder}). Opened by
 * {@link DelimitedReader#utf8Chunks()} after it has read the header. The records, ids, skips, line
 * numbers and errors are those of {@link DelimitedReader#forEach}: {@link #forEachRecord} splits a
 * chunk as {@link DelimitedRecords} splits bytes, and a {@link Rows} resolves ids and skips in input
 * order, with the reasons {@link DelimitedReader} gives.
 *
 * <p>A record in TSV is exactly one line (no quoting), so a record's line is its row number plus one
 * (the header is line 1): the number of records in the chunks before is all a chunk needs to know to
 * place its records.
 */
public final class Utf8Chunks implements Closeable {
    /** Bytes of whole records (each ending at a line break, but perhaps the last of the file); {@code bytes[0, length)}. */
    public record Chunk(int index, byte[] bytes, int length) {
    }

    /** Receives one record of a chunk: its fields as byte ranges {@code [starts[k], ends[k])}. */
    @FunctionalInterface
    public interface RecordVisitor {
        void record(int indexInChunk, int[] starts, int[] ends, int fields);
    }

    static final int CHUNK_BYTES = 1 << 22;

    private final InputStream in;
    private final String file;
    private final List<String> columns;
    private final int textColumn;
    private final int idColumn;
    private final String idColumnName;
    private byte[] carry;
    private int carryLength;
    private boolean skipLeadingLf;
    private boolean eof;
    private int nextIndex;
    private final int chunkBytes;
    private final java.util.concurrent.ConcurrentLinkedQueue<byte[]> free = new java.util.concurrent.ConcurrentLinkedQueue<>();

    Utf8Chunks(InputStream in, String file, List<String> columns, int textColumn, int idColumn, String idColumnName,
               byte[] buffered, boolean skipLeadingLf, int chunkBytes) {
        this.chunkBytes = chunkBytes;
        this.in = in;
        this.file = file;
        this.columns = List.copyOf(columns);
        this.textColumn = textColumn;
        this.idColumn = idColumn;
        this.idColumnName = idColumnName;
        this.carry = buffered;
        this.carryLength = buffered.length;
        this.skipLeadingLf = skipLeadingLf;
    }

    public String file() { return file; }
    /** The header's column names, stripped. */
    public List<String> columns() { return columns; }
    public int textColumn() { return textColumn; }
    /** The id column's index, or -1 when the header has none (ids are then row numbers). */
    public int idColumn() { return idColumn; }

    /** The next chunk of whole records, or null at the end of the input. Not thread-safe: one reading thread. */
    public Chunk next() throws IOException {
        int size = Math.max(chunkBytes, carryLength + (chunkBytes >> 1) + 1);
        byte[] buf = free.poll();
        if (buf == null || buf.length < size) buf = new byte[size];
        System.arraycopy(carry, 0, buf, 0, carryLength);
        int len = carryLength;
        carryLength = 0;
        while (true) {
            if (skipLeadingLf && len > 0) {
                skipLeadingLf = false;
                if (buf[0] == '\n') System.arraycopy(buf, 1, buf, 0, --len);
            }
            int cut = eof ? len : lastRecordEnd(buf, len);
            if (cut > 0 || (eof && len == 0)) {
                if (len == 0) return null;
                carry = Arrays.copyOfRange(buf, cut, len);
                carryLength = carry.length;
                return new Chunk(nextIndex++, buf, cut);
            }
            if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2); // one record longer than a chunk
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) eof = true;
            else len += n;
        }
    }

    /**
     * Gives a chunk's buffer back once its records are counted, for {@link #next} to fill again: the
     * corpus then passes through a few buffers instead of one new array per chunk (less garbage, a
     * smaller heap). Safe to call from any thread; the chunk must not be used afterwards.
     */
    public void recycle(Chunk chunk) {
        if (chunk.bytes().length == chunkBytes) free.offer(chunk.bytes());
    }

    /** The end of the last whole record in {@code buf[0, len)}: after its last LF, or after a CR whose next byte is known; 0 if none. */
    private static int lastRecordEnd(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n') return i + 1;
            if (buf[i] == '\r' && i + 1 < len) return i + 1;
        }
        return 0;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Splits a chunk into records and fields as {@link DelimitedRecords} splits TSV bytes (tab between
     * fields; CR, LF or CRLF ending a record) and gives each to the visitor, in order; returns the number
     * of records (a blank line is a record with one empty field). Safe to call from any thread.
     */
    public static int forEachRecord(Chunk chunk, RecordVisitor visitor) {
        byte[] b = chunk.bytes();
        int lim = chunk.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int records = 0;
        int i = 0;
        while (i < lim) {
            int fields = 0;
            int from = i;
            boolean ended = false;
            while (!ended) {
                // eight bytes at a time while none is below 16 (only such a byte can be a tab or a line end)
                while (i + 8 <= lim) {
                    long x = (long) LONGS.get(b, i);
                    long below16 = (x - 0x1010101010101010L) & ~x & 0x8080808080808080L;
                    if (below16 != 0) {
                        i += Long.numberOfTrailingZeros(below16) >>> 3;
                        break;
                    }
                    i += 8;
                }
                int end;
                if (i >= lim) { // the last record of the file, without a line break
                    end = i = lim;
                    ended = true;
                } else {
                    byte c = b[i];
                    if (c != '\t' && c != '\n' && c != '\r') {
                        i++;
                        continue;
                    }
                    end = i++;
                    if (c != '\t') {
                        if (c == '\r' && i < lim && b[i] == '\n') i++;
                        ended = true;
                    }
                }
                if (fields == starts.length) {
                    starts = Arrays.copyOf(starts, fields * 2);
                    ends = Arrays.copyOf(ends, fields * 2);
                }
                starts[fields] = from;
                ends[fields++] = end;
                from = i;
            }
            visitor.record(records++, starts, ends, fields);
        }
        return records;
    }

    /**
     * A field decoded strictly: malformed UTF-8 fails as {@link DelimitedReader} fails on it, with the
     * error that locates the bad byte in the file.
     */
    public String decode(byte[] b, int from, int to, CharsetDecoder strict) {
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            try {
                strict.reset().decode(ByteBuffer.wrap(b, from, to - from));
            } catch (CharacterCodingException e) {
                throw malformed();
            }
        }
        return s;
    }

    /** A decoder for {@link #decode}, one per thread. */
    public static CharsetDecoder strictDecoder() {
        return TextFiles.strict(StandardCharsets.UTF_8);
    }

    /** The error for malformed UTF-8 anywhere in the file: the file, line and byte offset of the first bad byte. */
    public CorpusInputException malformed() {
        return TextFiles.malformed(java.nio.file.Path.of(file), StandardCharsets.UTF_8);
    }

    /**
     * The length in UTF-16 units ({@code String.length()}) of the text that well-formed UTF-8
     * {@code b[from, to)} encodes: one unit per byte that is not a continuation byte, two for a four-byte
     * sequence. Eight bytes at a time.
     */
    public static int utf16Length(byte[] b, int from, int to) {
        int continuation = 0;
        int fourByteLeads = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i);
            if ((x & 0x8080808080808080L) == 0) continue; // ASCII
            continuation += Long.bitCount(x & ~(x << 1) & 0x8080808080808080L);
            fourByteLeads += Long.bitCount(x & (x << 1) & (x << 2) & (x << 3) & 0x8080808080808080L);
        }
        for (; i < to; i++) {
            int c = b[i] & 0xFF;
            if ((c & 0xC0) == 0x80) continuation++;
            else if (c >= 0xF0) fourByteLeads++;
        }
        return to - from - continuation + fourByteLeads;
    }

    /** Resolves ids and skips in input order, as {@link DelimitedReader#forEach} does while streaming. */
    public Rows rows() {
        return new Rows();
    }

    /** What became of one record: a skip (with its reason) or a document with its final id. */
    public record Resolved(String id, String origin, String skipReason) {
        public boolean skipped() {
            return skipReason != null;
        }
    }

    /** One pass over the records in input order; not thread-safe. */
    public final class Rows {
        private final Set<String> seen = new HashSet<>();

        private Rows() {
        }

        /**
         * @param rowNumber the record's number among the data rows, from 1 (blank lines count)
         * @param id the stripped id field, or null when the record has no id column
         * @param fields the record's number of fields
         */
        public Resolved resolve(long rowNumber, String id, int fields) {
            String where = file + ":" + (rowNumber + 1);
            String docId = id != null ? id : String.valueOf(rowNumber);
            if (fields != columns.size()) {
                return new Resolved(docId, where, DelimitedReader.wrongFieldCount(fields, columns.size(), true));
            }
            if (docId.isEmpty()) return new Resolved("row " + rowNumber, where, DelimitedReader.emptyId(idColumnName));
            if (!seen.add(docId)) return new Resolved(docId, where, DelimitedReader.DUPLICATE_ID);
            return new Resolved(docId, where, null);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
