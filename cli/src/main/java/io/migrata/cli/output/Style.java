package io.migrata.cli.output;

/**
 * ANSI colors for text output, on only when stdout is a terminal and {@code NO_COLOR} is not set
 * (no-color.org), never for JSON. Each method returns the text unchanged when colors are off.
 *
 * <pre>{@code
 * Style style = Style.of(isTerminal && !noColor);
 * out.println(style.red("drop table public.users"));
 * }</pre>
 */
public record Style(boolean enabled) {

    public static Style of(boolean enabled) {
        return new Style(enabled);
    }

    public String red(String text) {
        return paint("31", text);
    }

    public String green(String text) {
        return paint("32", text);
    }

    public String yellow(String text) {
        return paint("33", text);
    }

    public String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
