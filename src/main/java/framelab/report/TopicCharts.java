package framelab.report;

import framelab.topics.TopicShareRow;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Topic charts for the HTML report and notebooks, drawn by hand as SVG and as PNG of the same layout
 * (see {@link Charts} for why not XChart). In a notebook:
 * {@code display("image/png", TopicCharts.sharesPng(model.shares()))}, or the SVG inside
 * {@code display("text/html", TopicCharts.sharesSvg(model.sharesBy("outlet_type")))}.
 */
public final class TopicCharts {
    private TopicCharts() {
    }

    /**
     * A topic × group heatmap of shares (the rows of one model and one grouping, as in
     * topic_groups.csv), topics ordered by how much their share differs between groups.
     *
     * @return a standalone SVG document (SVG namespace, no XML prolog) that can also be inlined in HTML
     */
    public static String sharesSvg(List<TopicShareRow> rowsOfOneModel) {
        return sharesSvg(rowsOfOneModel, true);
    }

    static String sharesSvg(List<TopicShareRow> rowsOfOneModel, boolean standalone) {
        TopicShareChart chart = TopicShareChart.of(rowsOfOneModel);
        ChartCanvas.Svg svg = new ChartCanvas.Svg(chart.width(), chart.height(), chart.label(), standalone);
        chart.draw(svg);
        return svg.finish();
    }

    /** The heatmap as an image at twice its natural size (sharp in notebooks). */
    public static BufferedImage sharesPng(List<TopicShareRow> rowsOfOneModel) {
        return sharesPng(rowsOfOneModel, 2.0);
    }

    public static BufferedImage sharesPng(List<TopicShareRow> rowsOfOneModel, double scale) {
        TopicShareChart chart = TopicShareChart.of(rowsOfOneModel);
        return Charts.render(chart.width(), chart.height(), scale, chart::draw);
    }
}
