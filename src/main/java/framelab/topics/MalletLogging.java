package framelab.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps MALLET quiet. When its {@code MalletLogger} class loads, MALLET replaces the JVM's whole
 * java.util.logging configuration with its own (console output at FINE) unless a logging
 * configuration property is set. Here the property is set only while that class initialises, so
 * the JVM's configuration (a notebook kernel's, say) is left as it was; then every {@code cc.mallet}
 * logger is switched off, except that the sampler's "LL/token" lines are captured — for the thread
 * that asked, nothing is printed — as a convergence trace.
 */
final class MalletLogging {
    private static final String CONFIG_CLASS = "java.util.logging.config.class";
    private static final Pattern LL = Pattern.compile("<(\\d+)> LL/token: (-?[0-9.E]+)");
    // strong references: java.util.logging keeps loggers weakly, and a collected logger loses its level
    private static final Logger MALLET;
    private static final Logger SAMPLER;
    private static final ThreadLocal<List<double[]>> TRACE = new ThreadLocal<>();

    static {
        LogManager.getLogManager();   // initialise the JVM's own configuration first
        synchronized (System.getProperties()) {
            boolean set = System.getProperty(CONFIG_CLASS) == null && System.getProperty("java.util.logging.config.file") == null;
            if (set) System.setProperty(CONFIG_CLASS, NoConfiguration.class.getName());
            try {
                Class.forName("cc.mallet.util.MalletLogger", true, MalletLogging.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("MALLET is not on the classpath", e);
            } finally {
                if (set) System.clearProperty(CONFIG_CLASS);
            }
        }
        MALLET = Logger.getLogger("cc.mallet");
        MALLET.setLevel(Level.OFF);
        SAMPLER = Logger.getLogger("cc.mallet.topics.ParallelTopicModel");
        SAMPLER.setLevel(Level.INFO);
        SAMPLER.setUseParentHandlers(false);
        for (Handler h : SAMPLER.getHandlers()) SAMPLER.removeHandler(h);
        SAMPLER.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                List<double[]> sink = TRACE.get();
                if (sink == null || r.getMessage() == null) return;
                Matcher m = LL.matcher(r.getMessage());
                if (m.find()) sink.add(new double[] {Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2))});
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private MalletLogging() {
    }

    /** Loads MALLET with its logging silenced (idempotent). */
    static void quiet() {
        // the static initialiser did the work
    }

    /** Collects the sampler's LL/token reports made on this thread into {@code sink} until {@link #stopTrace()}. */
    static void startTrace(List<double[]> sink) {
        TRACE.set(sink);
    }

    static void stopTrace() {
        TRACE.remove();
    }

    /** Named by the logging property while MALLET initialises; LogManager would only instantiate it on a reset. */
    public static final class NoConfiguration {
        public NoConfiguration() {
        }
    }

    static List<double[]> newTrace() {
        return new ArrayList<>();
    }
}
