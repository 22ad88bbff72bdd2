package framelab.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiWordsTest {
    @Test
    void oneIdPerFoldedFormWhereverTheBytesSitAndAcrossGrowth() {
        // forms of 1..16 bytes, in mixed case; each looked up at the start, in the middle and at the very
        // end of an array (the byte-at-a-time key there must equal the eight-at-a-time key elsewhere)
        Random rnd = new Random(5);
        AsciiWords table = new AsciiWords(16);
        Map<String, Integer> ids = new HashMap<>();
        String alphabet = "aAzZ09-'.,qQ";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + rnd.nextInt(AsciiWords.MAX_LENGTH); n > 0; n--) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String form = sb.toString();
            String folded = form.toLowerCase(java.util.Locale.ROOT);
            byte[] f = form.getBytes(StandardCharsets.US_ASCII);
            int where = rnd.nextInt(3);
            byte[] all = new byte[where == 0 ? f.length + 20 : where == 1 ? f.length + 40 : f.length + 3];
            java.util.Arrays.fill(all, (byte) 'Q');
            int at = where == 0 ? 0 : where == 1 ? 20 : 3;
            System.arraycopy(f, 0, all, at, f.length);
            int id = table.get(all, at, at + f.length);
            Integer expected = ids.get(folded);
            if (expected == null) {
                assertThat(id).as(form).isEqualTo(-1);
                table.putLast(ids.size());
                ids.put(folded, ids.size());
            } else {
                assertThat(id).as(form).isEqualTo(expected);
            }
        }
        assertThat(ids.size()).isGreaterThan(10_000); // the table grew many times
    }
}
