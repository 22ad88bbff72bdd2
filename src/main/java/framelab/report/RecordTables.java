package framelab.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tablesaw tables from lists of result records, one column per record component named as in the CSV files
 * ({@code docId} → {@code doc_id}, {@code per10k} → {@code per10k}): numbers stay numbers, enums become their
 * lower-case label, anything else its string. One generic path instead of a hand-written column list per
 * table, so a table cannot drift from its record; {@code RecordTablesTest} checks the names against the writers.
 */
public final class RecordTables {
    private RecordTables() {
    }

    /** A table of {@code rows} of record type {@code type} (the type gives the columns even when there are no rows). */
    public static <R extends Record> Table of(String name, Class<R> type, List<R> rows) {
        RecordComponent[] comps = type.getRecordComponents();
        List<Column<?>> cols = new ArrayList<>();
        for (RecordComponent c : comps) {
            String col = snake(c.getName());
            Class<?> t = c.getType();
            if (t == int.class || t == Integer.class) {
                cols.add(IntColumn.create(col, rows.stream().mapToInt(r -> ((Number) value(c, r)).intValue()).toArray()));
            } else if (t == long.class || t == Long.class) {
                cols.add(LongColumn.create(col, rows.stream().mapToLong(r -> ((Number) value(c, r)).longValue()).toArray()));
            } else if (t == double.class || t == Double.class || t == float.class) {
                cols.add(DoubleColumn.create(col, rows.stream().mapToDouble(r -> ((Number) value(c, r)).doubleValue()).toArray()));
            } else {
                cols.add(StringColumn.create(col, rows.stream().map(r -> text(value(c, r)))));
            }
        }
        return Table.create(name, cols.toArray(new Column<?>[0]));
    }

    /** camelCase → snake_case, digits staying with the word before them ({@code per10k}, {@code containmentA} → {@code containment_a}). */
    static String snake(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                if (i > 0) b.append('_');
                b.append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Enum<?> e) return e.name().toLowerCase(Locale.ROOT);
        if (v instanceof List<?> l) return String.join(";", l.stream().map(String::valueOf).toList());
        return v.toString();
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
