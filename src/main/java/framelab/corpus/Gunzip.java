package framelab.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses a whole {@code .gz} file into one byte array with libdeflate, about four times faster than
 * {@code java.util.zip} (86 MB → 228 MB of ABP news: 0.31 s against 1.3 s for {@code gzip -dc} or
 * {@link GZIPInputStream} on the project's 2-core machines).
 *
 * <p>libdeflate (Eric Biggers, MIT licence; Debian package {@code libdeflate0}, which libtiff6 depends on, so
 * it is present wherever libtiff is) is called through the Foreign Function &amp; Memory API (JEP 454). The
 * functions and result codes are those of {@code libdeflate.h} (v1.14 here): {@code libdeflate_alloc_decompressor},
 * {@code libdeflate_gzip_decompress_ex} (0 success, 1 bad data, 2 short output, 3 insufficient space) and
 * {@code libdeflate_free_decompressor}. The input is the file mapped read-only, the output a heap array passed
 * with {@link Linker.Option#critical(boolean) critical(true)}, so the bytes are written once, where Java reads
 * them. libdeflate also checks each member's CRC-32 and ISIZE (RFC 1952).
 *
 * <p>A file of several gzip members (what {@code cat a.gz b.gz} gives; RFC 1952 §2.2) decompresses to their
 * concatenation, as with {@code gzip -d}. The output is first sized from the ISIZE trailer (the last member's
 * size mod 2<sup>32</sup>, exact for the usual one-member file, so nothing is copied) and grown when it is
 * too small.
 *
 * <p>{@link #inflateWhole} returns empty, and the caller streams through {@code java.util.zip} instead, when:
 * the system property {@value #PROPERTY} is {@code zlib} (the switch for tests and for users who distrust the
 * native path; {@code libdeflate}, the default, uses it when it can); native access is not enabled for this
 * code ({@code --enable-native-access=ALL-UNNAMED}, which {@code ./framelab}, the tests and the jar manifest
 * give: without it the JDK would print a warning, and the library never prints); the library or one of its
 * symbols is missing; or the output would exceed the byte limit (default {@value #DEFAULT_MAX_BYTES} bytes,
 * well under the project's 1 GB peak-memory target; a Java array holds at most 2<sup>31</sup>−9 bytes).
 *
 * <p>Data that is not valid gzip is a {@link CorpusInputException} naming the file, worded as framelab words it
 * for {@code java.util.zip} (the reason is {@code java.util.zip}'s own message, found by re-reading the file
 * on that error path only). One difference from {@code java.util.zip}: bytes after the last member that do
 * not form a gzip member are an error here, where {@link GZIPInputStream} silently ignores them (and with them
 * a member cut short by an interrupted concatenation); {@code gzip -d} warns about them.
 */
public final class Gunzip {
    /** The system property that picks the decompressor: {@code zlib} (java.util.zip) or {@code libdeflate}. */
    public static final String PROPERTY = "framelab.gunzip";
    /** The default limit of {@link #inflateWhole(Path)}: larger outputs are streamed instead. */
    public static final long DEFAULT_MAX_BYTES = 768L << 20;
    static final String LIBRARY = "libdeflate.so.0";
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
        return inflateWhole(gz, maxBytes, LIBRARY);
    }

    /** As {@link #inflateWhole(Path, long)} with another library name (tests simulate a missing libdeflate). */
    static Optional<byte[]> inflateWhole(Path gz, long maxBytes, String library) throws IOException {
        if (maxBytes < 0) throw new IllegalArgumentException("maxBytes must be >= 0, was " + maxBytes);
        if (forcedZlib()) return Optional.empty();
        try (Arena arena = Arena.ofConfined()) {
            Optional<Libdeflate> lib = library.equals(LIBRARY) ? Libdeflate.DEFAULT : Libdeflate.load(library, arena);
            if (lib.isEmpty()) return Optional.empty();
            try (FileChannel ch = FileChannel.open(gz, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size < MIN_MEMBER || !memberStarts(ch.map(FileChannel.MapMode.READ_ONLY, 0, 2, arena), 0)) {
                    throw invalid(gz, 0);
                }
                return inflate(lib.get(), gz, ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena),
                        Math.min(maxBytes, MAX_ARRAY), arena);
            }
        }
    }

    /** True when {@value #PROPERTY} asks for java.util.zip; an unknown value fails rather than being ignored. */
    static boolean forcedZlib() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isEmpty() || v.equals("libdeflate")) return false;
        if (v.equals("zlib")) return true;
        throw new IllegalArgumentException("system property " + PROPERTY + "=" + v
                + ": use 'zlib' (java.util.zip) or 'libdeflate' (the default, native when available)");
    }

    private static Optional<byte[]> inflate(Libdeflate lib, Path gz, MemorySegment in, long limit, Arena arena) throws IOException {
        long size = in.byteSize();
        long isize = Integer.toUnsignedLong(in.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), size - 4));
        if (isize > limit) return Optional.empty(); // the last member alone is larger (ISIZE is mod 2^32: more still)
        // An ISIZE far below the compressed size means several members (or a size past 4 GiB): guess from the
        // compressed size then; otherwise ISIZE is the exact size of a one-member file.
        long cap = isize >= size / 2 ? isize : Math.min(limit, Math.max(isize, 4 * size));
        MemorySegment d = lib.alloc();
        if (d.equals(MemorySegment.NULL)) return Optional.empty(); // no native memory: let java.util.zip try
        try {
            MemorySegment actualIn = arena.allocate(ValueLayout.JAVA_LONG);
            MemorySegment actualOut = arena.allocate(ValueLayout.JAVA_LONG);
            byte[] out = new byte[(int) cap];
            long inPos = 0;
            long outPos = 0;
            while (inPos < size) {
                if (size - inPos < MIN_MEMBER || !memberStarts(in, inPos)) throw trailing(gz, inPos, size);
                int r = lib.decompress(d, in.asSlice(inPos), MemorySegment.ofArray(out).asSlice(outPos), actualIn, actualOut);
                if (r == 0) {
                    inPos += actualIn.get(ValueLayout.JAVA_LONG, 0);
                    outPos += actualOut.get(ValueLayout.JAVA_LONG, 0);
                } else if (r == 3) { // this member does not fit: grow and decompress it again
                    if (out.length >= limit) return Optional.empty();
                    out = Arrays.copyOf(out, (int) Math.min(limit, Math.max(2L * out.length, outPos + 4 * (size - inPos))));
                } else {
                    throw invalid(gz, inPos);
                }
            }
            return Optional.of(outPos == out.length ? out : Arrays.copyOf(out, (int) outPos));
        } finally {
            lib.free(d);
        }
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
        return new CorpusInputException(gz + "@" + at, "not a valid gzip file (" + (size - at)
                + " bytes after the last gzip member are not a gzip member)",
                "the file was damaged or padded after compression: re-create it (gzip -dc '" + gz.getFileName()
                        + "' > plain.tsv, ignoring the warning, then gzip plain.tsv) or cut the file at byte " + at);
    }

    /** The three libdeflate functions; the handles take the function's address first (bound per library). */
    private record Libdeflate(MemorySegment allocFn, MemorySegment decompressFn, MemorySegment freeFn, MethodHandle allocCall,
            MethodHandle decompressCall, MethodHandle freeCall) {
        /** libdeflate.so.0, looked up once for the JVM's life (an immutable value; null fields never occur). */
        static final Optional<Libdeflate> DEFAULT = load(LIBRARY, Arena.global());

        /** The library, or empty when anything is missing or refused: never throws, never prints. */
        static Optional<Libdeflate> load(String name, Arena arena) {
            try {
                // Without enabled native access the JDK prints a warning at the first restricted call: do not make one.
                if (!Gunzip.class.getModule().isNativeAccessEnabled() || ValueLayout.ADDRESS.byteSize() != 8) {
                    return Optional.empty();
                }
                SymbolLookup lookup = SymbolLookup.libraryLookup(name, arena);
                Optional<MemorySegment> a = lookup.find("libdeflate_alloc_decompressor");
                Optional<MemorySegment> g = lookup.find("libdeflate_gzip_decompress_ex");
                Optional<MemorySegment> f = lookup.find("libdeflate_free_decompressor");
                if (a.isEmpty() || g.isEmpty() || f.isEmpty()) return Optional.empty();
                Linker linker = Linker.nativeLinker();
                ValueLayout sizeT = ValueLayout.JAVA_LONG; // size_t on the 64-bit platforms checked above
                return Optional.of(new Libdeflate(a.get(), g.get(), f.get(),
                        linker.downcallHandle(FunctionDescriptor.of(ValueLayout.ADDRESS)),
                        linker.downcallHandle(FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                                sizeT, ValueLayout.ADDRESS, sizeT, ValueLayout.ADDRESS, ValueLayout.ADDRESS), Linker.Option.critical(true)),
                        linker.downcallHandle(FunctionDescriptor.ofVoid(ValueLayout.ADDRESS))));
            } catch (RuntimeException | LinkageError e) {
                // IllegalArgumentException: no such library; IllegalCallerException: native access denied;
                // UnsupportedOperationException: no native linker on this platform
                return Optional.empty();
            }
        }

        MemorySegment alloc() {
            try {
                return (MemorySegment) allocCall.invokeExact(allocFn);
            } catch (Throwable t) {
                throw new IllegalStateException("libdeflate_alloc_decompressor failed", t);
            }
        }

        int decompress(MemorySegment d, MemorySegment in, MemorySegment out, MemorySegment actualIn, MemorySegment actualOut) {
            try {
                return (int) decompressCall.invokeExact(decompressFn, d, in, in.byteSize(), out, out.byteSize(), actualIn, actualOut);
            } catch (Throwable t) {
                throw new IllegalStateException("libdeflate_gzip_decompress_ex failed", t);
            }
        }

        void free(MemorySegment d) {
            try {
                freeCall.invokeExact(freeFn, d);
            } catch (Throwable t) {
                throw new IllegalStateException("libdeflate_free_decompressor failed", t);
            }
        }
    }
}
