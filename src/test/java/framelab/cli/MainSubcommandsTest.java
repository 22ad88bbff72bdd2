package framelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lazy registration of subcommands in {@link Main}: only start-up changes, never what the CLI does. */
class MainSubcommandsTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static List<String> names() {
        return Main.SUBCOMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList();
    }

    @Test
    void subcommandsAreRegisteredByMainNotByTheAnnotation() {
        // an annotation list would make picocli build every model on every run again
        assertThat(Main.class.getAnnotation(Command.class).subcommands()).isEmpty();
        assertThat(names()).doesNotHaveDuplicates().contains("analyze", "freq", "keyness", "help");
    }

    @Test
    void aNamedSubcommandIsRegisteredAlone() {
        for (Class<?> sub : Main.SUBCOMMANDS) {
            String name = sub.getAnnotation(Command.class).name();
            if (sub == CommandLine.HelpCommand.class) {
                assertThat(Main.subcommandsFor(new String[] {name, "keyness"})).isEqualTo(Main.SUBCOMMANDS);
            } else {
                assertThat(Main.subcommandsFor(new String[] {name, "--corpus", "x"})).containsExactly(sub);
            }
        }
        assertThat(Main.subcommandsFor(new String[] {"--version"})).isEmpty();
        assertThat(Main.subcommandsFor(new String[] {})).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(new String[] {"--help"})).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(new String[] {"keynes"})).isEqualTo(Main.SUBCOMMANDS);
    }

    @Test
    void usageListsEverySubcommandInOrder() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help"})) {
            Run r = run(args);
            assertThat(r.code()).isZero();
            String usage = r.out();
            int at = usage.indexOf("Commands:");
            assertThat(at).as(usage).isPositive();
            int previous = at;
            for (String name : names()) {
                int i = usage.indexOf("\n  " + name + " ", previous);
                assertThat(i).as(name + " after the previous command in\n" + usage).isGreaterThan(previous);
                previous = i;
            }
        }
    }

    @Test
    void versionHelpAndUnknownCommandsBehaveAsBefore() {
        Run v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("framelab ");
        Run h = run("help", "keyness");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("Usage: framelab keyness");
        Run k = run("keyness", "--help");
        assertThat(k.code()).isZero();
        assertThat(k.out()).contains("Usage: framelab keyness");
        Run u = run("keynes");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("keynes").contains("keyness");
        Run o = run("--version", "keyness");
        assertThat(o.code()).isZero();
        assertThat(o.out()).startsWith("framelab ");
    }
}
