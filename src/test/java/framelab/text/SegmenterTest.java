package framelab.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    @Test
    void paragraphsAreBlankLineSeparatedElseLines() {
        assertThat(new Segmenter(Unit.PARAGRAPH).segments("d", "One.\nstill one.\n\n  Two. \n\n\nThree"))
                .extracting(Segment::text).containsExactly("One.\nstill one.", "Two.", "Three");
        assertThat(new Segmenter(Unit.PARAGRAPH).segments("d", "line one\nline two\n"))
                .extracting(Segment::unitId).containsExactly("d#p1", "d#p2");
    }

    @Test
    void sentencesComeFromOpenNlpWithinParagraphsAndOffsetsPointIntoTheText() {
        String text = "Kirby said 1,000 U.S. soldiers would deploy. Biden agreed.\n\nNATO welcomed it.";
        List<Segment> s = new Segmenter(Unit.SENTENCE).segments("001", text);
        assertThat(s).extracting(Segment::text).containsExactly("Kirby said 1,000 U.S. soldiers would deploy.", "Biden agreed.", "NATO welcomed it.");
        for (Segment seg : s) assertThat(text.substring(seg.start(), seg.start() + seg.text().length())).isEqualTo(seg.text());
    }

    @Test
    void documentUnitIsTheWholeText() {
        assertThat(new Segmenter(Unit.DOCUMENT).segments("x", "a\n\nb")).hasSize(1);
    }
}
