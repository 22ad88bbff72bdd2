package framelab.cli;

import framelab.stats.KeynessOptions;
import framelab.stats.MultipleTesting;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which comparison and which corrections. */
final class KeynessOptionsCli {
    @Option(names = "--target", defaultValue = "each", paramLabel = "each|[FIELD=]VALUE",
            description = "Target group: 'each' (every group against the rest) or a value, e.g. source=\"The Moscow Times\". Default: ${DEFAULT-VALUE}")
    String target;

    @Option(names = "--reference", paramLabel = "[FIELD=]VALUE", description = "Reference group(s); repeatable. Default: all other groups.")
    List<String> reference = new ArrayList<>();

    @Option(names = "--correction", defaultValue = "none", paramLabel = "none|williams|yates",
            description = "Williams' correction of G², or Yates' of χ². Default: ${DEFAULT-VALUE}")
    String correction;

    @Option(names = "--p-adjust", defaultValue = "bh", paramLabel = "bh|bonferroni|none", description = "Multiple-testing adjustment. Default: ${DEFAULT-VALUE}")
    String pAdjust;

    @Option(names = "--min-count", defaultValue = "1", description = "Leave out terms rarer than this in target + reference. Default: ${DEFAULT-VALUE}")
    int minCount;

    @Option(names = "--keyness-top", paramLabel = "N",
            description = "Keep the N most positive and N most negative terms of each comparison (0 = all). Default: all, "
                    + "or 100 when --target each compares more than " + AUTO_LIMIT_GROUPS + " groups (say 0 to force all).")
    Integer keynessTop;

    static final int AUTO_LIMIT_GROUPS = framelab.Analysis.AUTO_LIMIT_GROUPS;

    KeynessOptions options() {
        return new KeynessOptions(correction, MultipleTesting.parse(pAdjust), 1.0, minCount, keynessTop == null ? KeynessOptions.AUTO : keynessTop);
    }



    /** The target value with an optional FIELD= prefix; the field, when given, overrides --group-by. */
    static String[] split(String spec, String groupBy) {
        int eq = spec.indexOf('=');
        if (eq <= 0) return new String[] {groupBy, spec};
        String value = spec.substring(eq + 1);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
        return new String[] {spec.substring(0, eq), value};
    }
}
