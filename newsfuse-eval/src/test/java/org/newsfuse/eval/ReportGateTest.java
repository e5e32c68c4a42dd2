package org.newsfuse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every eval command writes docs/benchmarks.md only when given --report (and prints its table otherwise). */
class ReportGateTest {
    @Test
    void everyEvalCommandWritesOnlyWithReport() throws Exception {
        int seen = 0;
        for (EvalSubcommand s : ServiceLoader.load(EvalSubcommand.class)) {
            Object without = s.command();
            if (!hasReport(without)) {
                continue; // a command without --report never writes the file
            }
            new CommandLine(without).parseArgs();
            assertNull(report(without), without.getClass().getSimpleName() + " without --report");
            Object with = s.command();
            new CommandLine(with).parseArgs("--report");
            assertEquals("docs/benchmarks.md", String.valueOf(report(with)), with.getClass().getSimpleName());
            seen++;
        }
        assertEquals(true, seen >= 5, "every eval command checked");
    }

    private static boolean hasReport(Object command) {
        try {
            command.getClass().getDeclaredField("report");
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object report(Object command) throws Exception {
        Field f = command.getClass().getDeclaredField("report");
        f.setAccessible(true);
        return f.get(command);
    }
}
