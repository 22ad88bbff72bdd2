package framelab.framing.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.sentiment.SentimentOptions;
import org.junit.jupiter.api.Test;

/** Every option names itself, the value and the allowed range when refused. */
class EventOptionsTest {
    @Test
    void defaultsAreValidAndDocumented() {
        EventOptions d = EventOptions.DEFAULTS;
        assertThat(d.dateField()).isEqualTo("date");
        assertThat(d.windowDays()).isEqualTo(3);
        assertThat(d.minSimilarity()).isEqualTo(0.28);
        assertThat(d.actorWeight()).isEqualTo(0.1);
        assertThat(d.labelTerms()).isEqualTo(4);
    }

    @Test
    void refusedValuesSayWhatIsAllowed() {
        EventOptions d = EventOptions.DEFAULTS;
        assertThatThrownBy(() -> d.withDateField(" ")).hasMessageContaining("dateField").hasMessageContaining("default 'date'");
        assertThatThrownBy(() -> d.withWindowDays(-1)).hasMessage("windowDays must be between 0 and 365 days, got -1");
        assertThatThrownBy(() -> d.withWindowDays(366)).hasMessageContaining("got 366");
        assertThatThrownBy(() -> d.withMinSimilarity(0)).hasMessage("minSimilarity must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> d.withMinSimilarity(1.5)).hasMessageContaining("(0, 1], got 1.5");
        assertThatThrownBy(() -> d.withMinSimilarity(Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> d.withActorWeight(1)).hasMessageContaining("actorWeight must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> d.withActorWeight(-0.1)).hasMessageContaining("got -0.1");
        assertThatThrownBy(() -> d.withActorWeight(0.5)).hasMessageContaining("minSimilarity (0.28) must be greater than actorWeight (0.5)")
                .hasMessageContaining("share actors but no words");
        assertThatThrownBy(() -> d.withLabelTerms(0)).hasMessage("labelTerms must be between 1 and 20, got 0");
        assertThatThrownBy(() -> d.withThreads(0)).hasMessage("threads must be between 1 and 256, got 0");
        assertThatThrownBy(() -> new EventOptions(null, 3, 0.28, 0.1, 4, 1)).isInstanceOf(NullPointerException.class).hasMessage("dateField");
        assertThat(d.withSimilarity(0.6, 0.5).actorWeight()).isEqualTo(0.5); // both at once where one alone is refused
    }

    @Test
    void comparisonOptionsToo() {
        EventComparisonOptions d = EventComparisonOptions.DEFAULTS;
        assertThat(d.keynessTop()).isEqualTo(10);
        assertThatThrownBy(() -> d.withKeynessTop(0)).hasMessage("keynessTop must be between 1 and 1000 terms, got 0");
        assertThatThrownBy(() -> d.withKeynessMinCount(0)).hasMessage("keynessMinCount must be >= 1, got 0");
        assertThatThrownBy(() -> d.withSentiment((SentimentOptions) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EventComparisonRow("e0001", " ", "AP", "", "x", "g2", 1, ""))
                .hasMessageContaining("needs a signal");
    }
}
