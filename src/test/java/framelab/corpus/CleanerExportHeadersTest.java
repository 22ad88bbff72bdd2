package framelab.corpus;

import static framelab.corpus.CleanerChromeTest.clean;
import static framelab.corpus.CleanerChromeTest.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Database-export headers and trailers, found by structure; the headline stays. (Texts invented.) */
class CleanerExportHeadersTest {
    static final Cleaner HEADERS = Cleaner.none().withExportHeaders(true);
    static final String BODY = "the daily express can reveal that the plan was drawn up last week\n"
            + "ministers said the scheme would cost 933 words worth of paperwork per applicant";

    static final String FACTIVA = """
            {"newspaper":"express","id:"9999","100"}
            ____
             \s
            news
            council plans new language classes for arrivals
            jane example  \s
            512 words
            10 april 2014
            1415
            the daily express
            theexp
            1 national
            4
            english
            c 2014 express newspapers  \s
            """ + BODY + "\ndocument theexp0020140410ea4a0001x";

    @Test
    void factivaBlockGoesHeadlineAndBodyStay() {
        CleanedDocument cd = HEADERS.clean(doc(FACTIVA));
        assertThat(cd.document().text()).isEqualTo("council plans new language classes for arrivals\n" + BODY + "\n");
        List<Removal> rs = cd.removals();
        assertThat(rs).extracting(Removal::rule).containsOnly("export-header").hasSize(3);
        assertThat(rs.get(0).excerpt()).isEqualTo("{\"newspaper\":\"express\",\"id:\"9999\",\"100\"} / ____ / news");
        assertThat(rs.get(1).excerpt()).startsWith("jane example / 512 words / 10 april 2014 / 1415 / the daily express");
        assertThat(rs.get(2)).isEqualTo(new Removal("d1", "export-header", 34, "document theexp0020140410ea4a0001x"));
        int removed = rs.stream().mapToInt(Removal::chars).sum();
        assertThat(cd.document().text().length() + removed).isEqualTo(FACTIVA.length());
    }

    @Test
    void capitalisedHeaderAtTheStartWithByline() {
        String text = """
                Ministers Back New Border Checks
                By Jane Example
                1,204 words
                10 April 2014
                The Guardian
                GRDN
                12
                English
                © Copyright 2014. The Guardian. All rights reserved.
                The first paragraph of the story.
                The second paragraph.""";
        assertThat(clean(HEADERS, text)).isEqualTo("Ministers Back New Border Checks\nThe first paragraph of the story.\nThe second paragraph.");
    }

    @Test
    void withoutACopyrightLineTheBlockEndsAtTheDate() {
        String text = "Headline of the piece\nBy A Writer\n300 words\nApril 10, 2014\n0930\nA body line that is not a header.";
        assertThat(clean(HEADERS, text)).isEqualTo("Headline of the piece\nA body line that is not a header.");
    }

    @Test
    void twoArticlesInOneTextAreSplitAtTheDocumentId() {
        String second = FACTIVA.replace("9999", "9998").replace("council plans", "second story on").replace("0001x", "0002y");
        String text = FACTIVA + "\n" + second;
        assertThat(clean(HEADERS, text)).isEqualTo("council plans new language classes for arrivals\n" + BODY + "\n"
                + "second story on new language classes for arrivals\n" + BODY + "\n");
    }

    @Test
    void searchSummaryTrailerAfterTheLastDocumentIdGoes() {
        String text = FACTIVA + "\nsearch summary\n   source\nnewspapers top uk newspapers\n   results found\n2886\n"
                + "   timestamp\n30 may 2014 1726\n  \n page  of      © 2014 factiva inc  all rights reserved";
        assertThat(clean(HEADERS, text)).isEqualTo("council plans new language classes for arrivals\n" + BODY + "\n");
    }

    @Test
    void wordCountsAndPaperNamesInProseStay() {
        String text = "the daily express\nin 500 words the minister set out his case\n500 words\nwere all he wrote\n"
                + "a document that ran to 300 pages\nthe times and the sun agreed";
        assertThat(clean(HEADERS, text)).isEqualTo(text);
    }

    @Test
    void switchedOffKeepsTheHeader() {
        assertThat(clean(Cleaner.defaults().withExportHeaders(false), FACTIVA)).contains("512 words", "theexp", "document theexp");
        assertThat(clean(Cleaner.defaults(), FACTIVA)).doesNotContain("512 words", "theexp", "copyright", "english");
    }
}
