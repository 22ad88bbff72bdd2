package framelab.corpus;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The three functions of libdeflate's gzip decompressor that {@link Gunzip} calls, bound through the Foreign
 * Function &amp; Memory API (JEP 454). Signatures and result codes are those of {@code libdeflate.h} (v1.14,
 * Debian {@code libdeflate0}): {@code libdeflate_alloc_decompressor(void)}, {@code libdeflate_gzip_decompress_ex(d,
 * in, in_nbytes, out, out_nbytes_avail, &actual_in_nbytes, &actual_out_nbytes)} returning 0 success, 1 bad data,
 * 2 short output, 3 insufficient space, and {@code libdeflate_free_decompressor(d)}. An immutable value.
 */
final class Libdeflate {
    static final String LIBRARY = "libdeflate.so.0";
    static final int SUCCESS = 0;
    static final int INSUFFICIENT_SPACE = 3;

    /** libdeflate.so.0, looked up once and kept loaded for the JVM's life. */
    static final Optional<Libdeflate> DEFAULT = load(LIBRARY, Arena.global());

    private final MemorySegment allocFn;
    private final MemorySegment decompressFn;
    private final MemorySegment freeFn;
    private final MethodHandle allocCall;
    private final MethodHandle decompressCall;
    private final MethodHandle freeCall;

    private Libdeflate(SymbolLookup lib, Linker linker) {
        allocFn = lib.find("libdeflate_alloc_decompressor").orElseThrow();
        decompressFn = lib.find("libdeflate_gzip_decompress_ex").orElseThrow();
        freeFn = lib.find("libdeflate_free_decompressor").orElseThrow();
        ValueLayout sizeT = ValueLayout.JAVA_LONG; // size_t: load() admits 64-bit platforms only
        allocCall = linker.downcallHandle(FunctionDescriptor.of(ValueLayout.ADDRESS));
        // critical: the call is short and never calls back into Java, so the JVM may pass heap arrays by address
        decompressCall = linker.downcallHandle(FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                sizeT, ValueLayout.ADDRESS, sizeT, ValueLayout.ADDRESS, ValueLayout.ADDRESS), Linker.Option.critical(true));
        freeCall = linker.downcallHandle(FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
    }

    /**
     * The library {@code name}, or empty when anything is missing or refused: never throws, never prints.
     * Native access must be enabled for this code ({@code --enable-native-access=ALL-UNNAMED}, or the jar manifest's
     * {@code Enable-Native-Access}); without it the JDK would print a warning at the first restricted call, so none is made.
     */
    static Optional<Libdeflate> load(String name, Arena arena) {
        if (!nativeAccess()) return Optional.empty();
        try {
            return Optional.of(new Libdeflate(SymbolLookup.libraryLookup(name, arena), Linker.nativeLinker()));
        } catch (RuntimeException | LinkageError e) {
            // IllegalArgumentException: no such library; NoSuchElementException: a symbol is missing;
            // IllegalCallerException: native access denied; UnsupportedOperationException: no linker here
            return Optional.empty();
        }
    }

    /** True when restricted FFM methods may be called quietly from here, on a 64-bit platform. */
    static boolean nativeAccess() {
        return Libdeflate.class.getModule().isNativeAccessEnabled() && ValueLayout.ADDRESS.byteSize() == 8;
    }

    /** A new decompressor, or {@link MemorySegment#NULL} when out of native memory. */
    MemorySegment alloc() {
        try {
            return (MemorySegment) allocCall.invokeExact(allocFn);
        } catch (Throwable t) {
            throw new IllegalStateException("libdeflate_alloc_decompressor failed", t);
        }
    }

    /** Decompresses the gzip member at the start of {@code in} into {@code out}; the counts land in the two longs. */
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
