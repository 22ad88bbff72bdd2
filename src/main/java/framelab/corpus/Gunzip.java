package framelab.corpus;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses a whole {@code .gz} file at once with libdeflate, two to three times faster than
 * {@code java.util.zip} (ABP news, 86 MB → 228 MB, on the project's 2-core machines: 0.33–0.44 s against
 * 0.84–0.91 s for {@link GZIPInputStream}; 1.3 s for {@code gzip -dc}).
 *
 * <p>libdeflate (Eric Biggers, MIT licence; Debian package {@code libdeflate0}, which libtiff6 depends on, so
 * it is present wherever libtiff is) is called through the Foreign Function &amp; Memory API ({@link Libdeflate}).
 * The input is the file mapped read-only. The output is a heap array ({@link #inflateWhole}, passed by address
 * with a {@code critical} downcall, so the bytes are written once, where Java reads them) or memory mapped from
 * the system and given back as it is read ({@link #open}, what the corpus readers use, so that the inflated file
 * does not stay in memory while the reader's own structures grow). libdeflate checks each member's CRC-32 and
 * ISIZE (RFC 1952).
 *
 * <p>A file of several gzip members (what {@code cat a.gz b.gz} gives; RFC 1952 §2.2) decompresses to their
 * concatenation, as with {@code gzip -d}. The output is first sized from the ISIZE trailer (the last member's
 * size mod 2<sup>32</sup>, exact for the usual one-member file, so nothing is copied) and grown when it is
 * too small.
 *
 * <p>Both return empty, and the caller streams through {@code java.util.zip} instead, when: the system property
 * {@value #PROPERTY} is {@code zlib} (the switch for tests and for users who distrust the native path; the default,
 * {@code libdeflate}, uses it when it can; e.g. {@code FRAMELAB_JAVA_OPTS=-Dframelab.gunzip=zlib ./framelab ...});
 * native access is not enabled for this code ({@code --enable-native-access=ALL-UNNAMED}, which {@code ./framelab},
 * the tests and the jar manifest give: without it the JDK would print a warning, and the library never prints);
 * the library or one of its symbols is missing; or the output would exceed the byte limit (default
 * {@value #DEFAULT_MAX_BYTES} bytes, to stay well under the project's 1 GB peak-memory target; a Java array holds
 * at most 2<sup>31</sup>−9 bytes).
 *
 * <p>Data that is not valid gzip is a {@link CorpusInputException} naming the file, worded as framelab words it
 * for {@code java.util.zip} (the reason is {@code java.util.zip}'s own message, found by re-reading the file
 * on that error path only). One difference from {@code java.util.zip}: bytes after the last member that do
 * not form a gzip member are an error here, where {@link GZIPInputStream} silently ignores them (and with them
 * a member cut short by an interrupted concatenation); {@code gzip -d} warns about them. Trailing zero bytes
 * alone are padding (tape and block-device copies add them) and are ignored, as {@code gzip -d} ignores them.
 */
public final class Gunzip {
    /** The system property that picks the decompressor: {@code zlib} (java.util.zip) or {@code libdeflate}. */
    public static final String PROPERTY = "framelab.gunzip";
    /** The default limit of {@link #inflateWhole(Path)}: larger outputs are streamed instead. */
    public static final long DEFAULT_MAX_BYTES = 768L << 20;
    /** The reason given for a file that ends inside a gzip member, on both decompression paths. */
    static final String TRUNCATED = "unexpected end of file: it is truncated or still being written";

    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final int MIN_MEMBER = 18; // 10-byte header + 8-byte trailer (RFC 1952)
    private static final String HINT = "a file ending in .gz must be gzip-compressed; rename it if it is plain text";

    private Gunzip() {
    }

    /** As {@link #inflateWhole(Path, long)} with the limit {@link #DEFAULT_MAX_BYTES}. */
    public static Optional<byte[]> inflateWhole(Path gz) throws IOException {
        return inflateWhole(gz, DEFAULT_MAX_BYTES);
    }

    /**
     * The whole decompressed content of {@code gz}, or empty when libdeflate cannot be used or the content
     * would be longer than {@code maxBytes} (see the class comment): the caller then streams the file
     * through {@link GZIPInputStream}.
     *
     * @throws CorpusInputException when the file is not valid gzip (named, with the reason and what to do)
     * @throws IOException when the file cannot be read
     */
    public static Optional<byte[]> inflateWhole(Path gz, long maxBytes) throws IOException {
        return inflateWhole(gz, maxBytes, Libdeflate.LIBRARY);
    }

    /** As {@link #inflateWhole(Path, long)} with another library name (tests simulate a missing libdeflate). */
    static Optional<byte[]> inflateWhole(Path gz, long maxBytes, String library) throws IOException {
        return inflate(gz, Math.min(maxBytes, MAX_ARRAY), library, false).map(r -> {
            byte[] a = ((HeapOutput) r.output()).array();
            return r.size() == a.length ? a : Arrays.copyOf(a, (int) r.size());
        });
    }

    /**
     * The decompressed content of {@code gz} as a stream, or empty in the cases {@link #inflateWhole(Path, long)}
     * is. The whole content is decompressed at once, like there, but into memory that is given back to the system as
     * it is read ({@link InflatedStream}), so that it does not add to the reader's peak; the stream must be closed.
     */
    static Optional<InputStream> open(Path gz, long maxBytes) throws IOException {
        return open(gz, maxBytes, Libdeflate.LIBRARY);
    }

    static Optional<InputStream> open(Path gz, long maxBytes, String library) throws IOException {
        return inflate(gz, maxBytes, library, true).map(r -> r.output() instanceof PagesOutput p
                ? new InflatedStream(p.pages(), r.size())
                : new ByteArrayInputStream(((HeapOutput) r.output()).array(), 0, (int) r.size()));
    }

    /** True when {@value #PROPERTY} asks for java.util.zip; an unknown value fails rather than being ignored. */
    static boolean forcedZlib() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isEmpty() || v.equals("libdeflate")) return false;
        if (v.equals("zlib")) return true;
        throw new IllegalArgumentException("system property " + PROPERTY + "=" + v
                + ": use 'zlib' (java.util.zip) or 'libdeflate' (the default, native when available)");
    }

    private record Inflated(Output output, long size) {
    }

    /** The file decompressed into mapped pages ({@code pages}, when possible) or a heap array of at most {@code limit} bytes. */
    private static Optional<Inflated> inflate(Path gz, long limit, String library, boolean pages) throws IOException {
        if (limit < 0) throw new IllegalArgumentException("maxBytes must be >= 0, was " + limit);
        if (forcedZlib()) return Optional.empty();
        try (Arena arena = Arena.ofConfined()) {
            Optional<Libdeflate> lib = library.equals(Libdeflate.LIBRARY) ? Libdeflate.DEFAULT : Libdeflate.load(library, arena);
            if (lib.isEmpty()) return Optional.empty();
            try (FileChannel ch = FileChannel.open(gz, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size < MIN_MEMBER || !memberStarts(ch.map(FileChannel.MapMode.READ_ONLY, 0, 2, arena), 0)) {
                    throw invalid(gz, 0);
                }
                MemorySegment in = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
                long isize = Integer.toUnsignedLong(in.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), size - 4));
                if (isize > limit) return Optional.empty(); // the last member alone is larger (ISIZE is mod 2^32: more still)
                // An ISIZE far below the compressed size means several members (or a size past 4 GiB): guess from the
                // compressed size then; otherwise ISIZE is the exact size of a one-member file.
                long cap = isize >= size / 2 ? isize : Math.min(limit, Math.max(isize, 4 * size));
                Optional<InflatedStream.Pages> mapped = pages ? InflatedStream.Pages.map(cap) : Optional.empty();
                Output out = mapped.<Output>map(PagesOutput::new).orElseGet(() -> new HeapOutput(new byte[(int) Math.min(cap, MAX_ARRAY)]));
                return inflateMembers(lib.get(), gz, in, limit, out, arena);
            }
        }
    }

    /** Decompresses every member into {@code out} (growing it); releases it when returning empty or throwing. */
    private static Optional<Inflated> inflateMembers(Libdeflate lib, Path gz, MemorySegment in, long limit, Output out, Arena arena) {
        long size = in.byteSize();
        MemorySegment d = MemorySegment.NULL;
        boolean done = false;
        try {
            d = lib.alloc();
            if (d.equals(MemorySegment.NULL)) return Optional.empty(); // no native memory: let java.util.zip try
            MemorySegment actualIn = arena.allocate(ValueLayout.JAVA_LONG);
            MemorySegment actualOut = arena.allocate(ValueLayout.JAVA_LONG);
            long inPos = 0;
            long outPos = 0;
            while (inPos < size) {
                if (size - inPos < MIN_MEMBER || !memberStarts(in, inPos)) {
                    if (zeros(in, inPos, size)) break; // padding
                    throw trailing(gz, inPos, size);
                }
                MemorySegment free = out.segment().asSlice(outPos);
                int r = lib.decompress(d, in.asSlice(inPos), free, actualIn, actualOut);
                if (r == Libdeflate.SUCCESS) {
                    inPos += actualIn.get(ValueLayout.JAVA_LONG, 0);
                    outPos += actualOut.get(ValueLayout.JAVA_LONG, 0);
                } else if (r == Libdeflate.INSUFFICIENT_SPACE) { // this member does not fit: grow and decompress it again
                    long now = out.segment().byteSize();
                    if (now >= limit) return Optional.empty();
                    Optional<Output> bigger = out.grown(Math.min(limit, Math.max(2 * now, outPos + 4 * (size - inPos))), outPos);
                    if (bigger.isEmpty()) return Optional.empty();
                    out = bigger.get();
                } else {
                    throw invalid(gz, inPos);
                }
            }
            done = true;
            return Optional.of(new Inflated(out, outPos));
        } finally {
            if (!d.equals(MemorySegment.NULL)) lib.free(d);
            if (!done) out.release();
        }
    }

    /** Where members are decompressed to. */
    private sealed interface Output {
        MemorySegment segment();

        /** A larger output holding the first {@code used} bytes of this one, which is released; empty (this one kept) when refused. */
        Optional<Output> grown(long bytes, long used);

        void release();
    }

    /** A Java array, passed to libdeflate by address ({@code critical} downcall): returned as it is when it fits exactly. */
    private record HeapOutput(byte[] array) implements Output {
        public MemorySegment segment() {
            return MemorySegment.ofArray(array);
        }

        public Optional<Output> grown(long bytes, long used) {
            return bytes > MAX_ARRAY ? Optional.empty() : Optional.of(new HeapOutput(Arrays.copyOf(array, (int) bytes)));
        }

        public void release() {
        }
    }

    private record PagesOutput(InflatedStream.Pages pages) implements Output {
        public MemorySegment segment() {
            return pages.segment();
        }

        public Optional<Output> grown(long bytes, long used) {
            return pages.grown(bytes, used).map(PagesOutput::new);
        }

        public void release() {
            pages.unmap(0, pages.segment().byteSize());
        }
    }

    private static boolean zeros(MemorySegment in, long from, long to) {
        for (long i = from; i < to; i++) if (in.get(ValueLayout.JAVA_BYTE, i) != 0) return false;
        return true;
    }

    private static boolean memberStarts(MemorySegment in, long at) {
        return (in.get(ValueLayout.JAVA_BYTE, at) & 0xFF) == 0x1F && (in.get(ValueLayout.JAVA_BYTE, at + 1) & 0xFF) == 0x8B;
    }

    /**
     * The error for data libdeflate rejected. The reason is java.util.zip's, so both paths say the same
     * (re-reading is the cold path); java.util.zip accepts a damaged member after the first, so a reason
     * is given for that too.
     */
    private static CorpusInputException invalid(Path gz, long member) {
        String reason = "the gzip member at byte " + member + " is corrupt or incomplete";
        try (InputStream z = new GZIPInputStream(Files.newInputStream(gz), 1 << 16)) {
            z.transferTo(OutputStream.nullOutputStream());
        } catch (EOFException e) {
            reason = TRUNCATED;
        } catch (IOException e) {
            reason = e.getMessage();
        }
        return error(gz, reason);
    }

    static CorpusInputException error(Path gz, String reason) {
        return new CorpusInputException(gz.toString(), "not a valid gzip file (" + reason + ")", HINT);
    }

    private static CorpusInputException trailing(Path gz, long at, long size) {
        return new CorpusInputException(gz + "@" + at, "not a valid gzip file (" + (size - at) + " bytes after the last "
                + "complete gzip member do not form one: padding, or a member cut short)",
                "if they are padding, keep the first " + at + " bytes (head -c " + at + " '" + gz.getFileName()
                        + "' > fixed.gz); otherwise compress the text again from its source");
    }
}
