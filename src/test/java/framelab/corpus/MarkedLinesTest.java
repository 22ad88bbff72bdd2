package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line split of {@link MarkedLines} against {@code String.split("\n", -1)} as the oracle. */
class MarkedLinesTest {
    static void assertSplitLike(String text) {
        MarkedLines t = new MarkedLines(text);
        String[] expected = text.split("\n", -1);
        assertThat(t.size()).as("lines of %s", text.replace("\n", "\\n")).isEqualTo(expected.length);
        int offset = 0;
        for (int i = 0; i < expected.length; i++) {
            assertThat(t.raw(i)).isEqualTo(expected[i]);
            assertThat(t.offset(i)).isEqualTo(offset);
            assertThat(t.length(i)).isEqualTo(expected[i].length());
            assertThat(t.removed(i)).isFalse();
            offset += expected[i].length() + 1;
        }
        assertThat(t.rebuild()).isSameAs(text);
    }

    @Test
    void handPickedTexts() {
        for (String s : List.of("", "\n", "\n\n", "one line, no break", "a\nb", "a\n", "\na", "a\n\nb\n\n\nc\n",
                "crlf\r\nline\r\n", "“curly” — quotes\nand a second line", "x".repeat(40) + "\n".repeat(40))) {
            assertSplitLike(s);
        }
    }

    @Test
    void randomTextsWithManyLineBreaks() {
        Random r = new Random(20261122);
        char[] alphabet = {'a', ' ', '\n', '\r', '’', '\n'};
        for (int k = 0; k < 500; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(200);
            for (int i = 0; i < n; i++) sb.append(alphabet[r.nextInt(alphabet.length)]);
            assertSplitLike(sb.toString());
        }
    }

    @Test
    void removalsAndRebuildStillUseTheLines() {
        MarkedLines t = new MarkedLines("keep\ndrop me\n\nkeep too");
        t.remove(1, 1, "test");
        assertThat(t.rebuild()).isEqualTo("keep\n\nkeep too");
        List<Removal> removals = new ArrayList<>(t.removals("d"));
        assertThat(removals).containsExactly(new Removal("d", "test", "drop me\n".length(), "drop me"));
    }
}
