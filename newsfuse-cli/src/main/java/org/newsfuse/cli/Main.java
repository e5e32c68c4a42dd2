package org.newsfuse.cli;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.newsfuse.pipeline.DocumentError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code newsfuse} command. */
@Command(name = "newsfuse", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Multi-source news story engine: many outlets' reports of one event in, one cited account out.",
        subcommands = {RunCommand.class, ExtractCommand.class, SummarizeCommand.class, QuotesCommand.class,
                DemoCommand.class, IngestCommand.class, StoriesCommand.class, ShowCommand.class, ExportCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The command did its work (bad inputs are reported on stderr).",
                "1:The output could not be written, or an internal error.",
                "2:No input could be processed, or the command line is wrong."})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        System.err.println("newsfuse: no command given; try 'newsfuse --help' (commands: "
                + String.join(", ", spec.subcommands().keySet()) + ")");
        return 2;
    }

    /** Builds the command line with every built-in and contributed subcommand. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (CommandContribution c : ServiceLoader.load(CommandContribution.class)) {
            Object cmd = c.command();
            if (cmd instanceof CommandLine sub) {
                cl.addSubcommand(sub.getCommandName(), sub);
            } else {
                cl.addSubcommand(cmd);
            }
        }
        if (!cl.getSubcommands().containsKey("eval")) {
            cl.addSubcommand(new EvalElsewhere());
        }
        wholeParagraphs(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::badCommandLine);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("newsfuse: " + cmd.getCommandName() + ": internal error: "
                    + DocumentError.escape(String.valueOf(e)));
            return 1;
        });
        return cl;
    }

    /**
     * Joins the description lines of every command into paragraphs (a blank line still separates
     * two), so that the command lists, which show a description's first line, show its first whole
     * paragraph instead of a sentence cut at a line break; picocli wraps it to the terminal.
     */
    static void wholeParagraphs(CommandLine cl) {
        String[] lines = cl.getCommandSpec().usageMessage().description();
        if (lines.length > 1) {
            List<String> paragraphs = new java.util.ArrayList<>();
            StringBuilder p = new StringBuilder();
            for (String line : lines) {
                if (line.isBlank()) {
                    paragraphs.add(p.toString());
                    paragraphs.add("");
                    p.setLength(0);
                } else {
                    p.append(p.length() > 0 ? " " : "").append(line.strip());
                }
            }
            if (p.length() > 0) {
                paragraphs.add(p.toString());
            }
            cl.getCommandSpec().usageMessage().description(paragraphs.toArray(String[]::new));
        }
        if (!cl.getSubcommands().isEmpty()) {
            cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            wholeParagraphs(sub);
        }
    }

    /** The list of subcommands, each with the first sentence of its description (a whole sentence, never cut). */
    static String commandList(CommandLine.Help help) {
        java.util.Map<String, CommandLine.Help> subs = help.subcommands();
        if (subs.isEmpty()) {
            return "";
        }
        int width = subs.keySet().stream().mapToInt(String::length).max().orElse(0);
        CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
                new CommandLine.Help.Column(width + 4, 2, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(Math.max(30, help.commandSpec().usageMessage().width() - width - 4), 2,
                        CommandLine.Help.Column.Overflow.WRAP));
        for (java.util.Map.Entry<String, CommandLine.Help> e : subs.entrySet()) {
            String[] h = e.getValue().commandSpec().usageMessage().header();
            String[] d = h.length > 0 ? h : e.getValue().commandSpec().usageMessage().description();
            table.addRowValues(e.getKey(), firstSentence(d.length == 0 ? "" : d[0].replace("%n", " ").strip()));
        }
        return table.toString();
    }

    /** The first sentence of a paragraph: up to the first full stop followed by a space, or all of it. */
    static String firstSentence(String paragraph) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.!?](?=\\s+[A-Z\"(])").matcher(paragraph);
        return m.find() ? paragraph.substring(0, m.end()) : paragraph;
    }

    /**
     * One line for a wrong command line, with "did you mean" when a command or option is a near
     * miss: {@code newsfuse: unknown option '--wrods' (did you mean --words?); see 'newsfuse run --help'}.
     */
    static int badCommandLine(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String message = ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            boolean option = first.startsWith("-");
            message = "unknown " + (option ? "option" : cmd.getSubcommands().isEmpty() ? "argument" : "command")
                    + " '" + first + "'";
            List<String> suggestions = nearMisses(first, option ? cmd.getCommandSpec().optionsMap().keySet()
                    : cmd.getSubcommands().keySet());
            if (!suggestions.isEmpty()) {
                message += " (did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
                        + "?)";
            }
        } else if (message != null && !message.isEmpty()) {
            message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        String path = cmd.getCommandSpec().qualifiedName();
        System.err.println("newsfuse: " + DocumentError.escape(message) + "; see '" + path + " --help'");
        return 2;
    }

    /** The names within a small edit distance of {@code given}, closest first. */
    static List<String> nearMisses(String given, java.util.Collection<String> names) {
        String g = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        List<String> out = new java.util.ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (String n : new java.util.TreeSet<>(names)) {
            int d = distance(g.toLowerCase(java.util.Locale.ROOT), n.toLowerCase(java.util.Locale.ROOT));
            int allowed = Math.max(1, Math.min(3, n.replace("-", "").length() / 3));
            if (d > allowed && !(g.length() >= 3 && n.startsWith(g))) {
                continue;
            }
            if (d < best) {
                out.clear();
                best = d;
            }
            if (d == best) {
                out.add(n);
            }
        }
        return out;
    }

    static int distance(String a, String b) {
        return org.newsfuse.text.EditDistance.of(a, b);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * {@code eval} as the product jar sees it: the evaluations live in the separate evaluation jar
     * (so that the product carries no scorer or peer system); this says where.
     */
    @Command(name = "eval", description = {"Score newsfuse on public evaluation sets (run through ./newsfuse eval, "
            + "which uses the evaluation jar)."})
    static final class EvalElsewhere implements Callable<Integer> {
        @CommandLine.Unmatched
        List<String> rest;

        @Override
        public Integer call() {
            System.err.println("newsfuse: eval: the evaluations are in the evaluation jar (newsfuse-eval.jar); "
                    + "run them as ./newsfuse eval ...");
            return 2;
        }
    }
}
