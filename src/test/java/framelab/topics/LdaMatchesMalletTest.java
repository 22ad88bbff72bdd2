package framelab.topics;

import static org.assertj.core.api.Assertions.assertThat;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.InstanceList;
import framelab.Workbench;
import framelab.text.Unit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * framelab's LDA is MALLET's: the units exported with {@link TopicInput#writeMalletText}, imported by
 * MALLET's own Csv2Vectors and trained as its TopicTrainer does, give the same model — the same
 * log-likelihood and the same topic of every token. And MALLET stays silent.
 */
class LdaMatchesMalletTest {
    @TempDir
    Path tmp;

    @Test
    void sameTokensSameSeedSameModelAsMalletsCommandLinePipeline() throws Exception {
        var wb = Workbench.open(Path.of("corpus")).withUnit(Unit.PARAGRAPH);
        TopicRequest req = TopicRequest.lda(4).withIterations(60).withOptimization(10, 20).withSeed(11);
        TopicInput in = TopicInput.of(wb.result().build().dtm(), "source");
        FittedModel ours = LdaTrainer.fit(in, 4, req);

        Path text = tmp.resolve("tokens.txt");
        in.writeMalletText(text);
        assertThat(Files.readAllLines(text)).hasSize(in.size()).first().asString().startsWith("000#p1\tUnknown_aggregator_(spun_wire_copy)\t");
        Path vectors = tmp.resolve("tokens.mallet");
        cc.mallet.classify.tui.Csv2Vectors.main(new String[] {"--input", text.toString(), "--output", vectors.toString(),
                "--keep-sequence", "--preserve-case", "--token-regex", "\\S+"});
        InstanceList imported = InstanceList.load(vectors.toFile());
        assertThat(imported.size()).isEqualTo(in.size());
        assertThat(imported.getDataAlphabet().size()).isEqualTo(in.vocabularySize());
        ParallelTopicModel theirs = new ParallelTopicModel(4, req.alphaSum(), req.beta());   // as TopicTrainer sets it up
        theirs.setRandomSeed(req.seed());
        theirs.addInstances(imported);
        theirs.setTopicDisplay(0, 0);
        theirs.setNumIterations(req.iterations());
        theirs.setOptimizeInterval(req.optimizeInterval());
        theirs.setBurninPeriod(req.effectiveBurnIn());
        theirs.setNumThreads(1);
        theirs.estimate();

        assertThat(ours.llPerToken()).isEqualTo(theirs.modelLogLikelihood() / theirs.totalTokens);
        for (int u = 0; u < in.size(); u++) assertThat(ours.theta()[u]).containsExactly(theirs.getTopicProbabilities(u));
        assertThat(ours.trace()).hasSize(6);
    }

    @Test
    void malletPrintsNothingAndLeavesTheJvmsLoggingAlone() {
        Logger root = Logger.getLogger("");
        List<Handler> before = List.of(root.getHandlers());
        PrintStream oldErr = System.err, oldOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(captured, true)) {
            System.setErr(p);
            System.setOut(p);
            TopicInput in = TopicFixtures.input("a: x y z x", "a: y z w", "b: w v v", "b: x v w");
            LdaTrainer.fit(in, 2, TopicRequest.lda(2).withIterations(30));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        assertThat(captured.toString()).isEmpty();
        assertThat(List.of(root.getHandlers())).isEqualTo(before);
    }
}
