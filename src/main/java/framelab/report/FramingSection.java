package framelab.report;

import framelab.framing.FramingResult;

/**
 * The framing part of report.html ({@code <section id="framing">}): actors, quotations, shared text and the
 * same event told by different outlets, each from its own CSV files.
 */
final class FramingSection {
    private FramingSection() {
    }

    static String html(FramingResult r) {
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<section id=\"framing\">\n<h2>Framing signals</h2>\n<p>Beyond word counts and tone: whom each outlet names and next ")
                .append("to whom (<a href=\"#framing-actors\">actors</a>), whose voice it carries and with which verbs (<a href=\"#framing-quotes\">quotations</a>), ")
                .append("which text is recycled (<a href=\"#framing-syndication\">shared text</a>), and how outlets told the same event ")
                .append("(<a href=\"#framing-events\">events</a>).</p>\n");
        if (r.actors() != null) b.append(ActorSection.html(r.actors()));
        b.append(QuoteSection.html(r.quotes()));
        b.append(SyndicationSection.html(r.syndication()));
        b.append(EventSection.html(r.events(), r.comparison()));
        return b.append("</section>\n").toString();
    }
}
