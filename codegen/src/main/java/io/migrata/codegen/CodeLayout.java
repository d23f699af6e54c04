package io.migrata.codegen;

import io.migrata.codegen.Code.Call;
import io.migrata.codegen.Code.Chain;
import io.migrata.codegen.Code.Lambda;
import io.migrata.codegen.Code.Lit;
import io.migrata.codegen.Code.Str;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lays a statement out the way a careful person would: on one line when it fits, otherwise the
 * table name stays on the first line and every further argument gets a line of its own, indented
 * by 8; a fluent chain that does not fit wraps between calls; a string breaks after its line
 * breaks and, when still too long, after a space, into pieces joined with {@code +}. Widths count
 * from the method body's indentation, which the caller adds.
 */
final class CodeLayout {

    /** Columns available after the 8 columns of a method body's indentation. */
    static final int WIDTH = 112;

    private static final String STEP = "        ";

    private CodeLayout() {
    }

    /** {@code receiver.call(...);} as lines without the body indentation. */
    static List<String> statement(String receiver, Call call) {
        String flat = flat(call);
        if (flat != null && fits(receiver + "." + flat + ";")) return List.of(receiver + "." + flat + ";");
        List<String> trailing = call.args().size() == 1 ? trailingString(receiver + ".", call, ";") : null;
        if (trailing != null) return trailing;
        List<String> lines = new ArrayList<>();
        String first = receiver + "." + call.name() + "(";
        List<Code> rest = call.args();
        if (!rest.isEmpty() && keepsFirstLine(rest.get(0), first)) {
            first += flat(rest.get(0)) + (rest.size() == 1 ? ");" : ",");
            rest = rest.subList(1, rest.size());
        }
        lines.add(first);
        for (int i = 0; i < rest.size(); i++) {
            lines.addAll(render(rest.get(i), STEP, i == rest.size() - 1 ? ");" : ","));
        }
        return lines;
    }

    /** A leading name (a string without spaces: the table) stays next to the method name. */
    private static boolean keepsFirstLine(Code first, String head) {
        String flat = flat(first);
        return first instanceof Str name && name.value().indexOf(' ') < 0 && flat != null && fits(head + flat + ",");
    }

    private static List<String> render(Code code, String indent, String suffix) {
        String flat = flat(code);
        if (flat != null && fits(indent + flat + suffix)) return List.of(indent + flat + suffix);
        if (code instanceof Str str) return string(str.value(), indent, suffix);
        if (code instanceof Call call) {
            List<String> trailing = trailingString(indent, call, suffix);
            return trailing != null ? trailing : call("", call, indent, suffix);
        }
        if (code instanceof Chain chain) return chain(chain, indent, suffix);
        if (code instanceof Lambda lambda) return lambda(lambda, indent, suffix);
        return List.of(indent + flat + suffix);
    }

    /**
     * {@code prefix name(a, b,} with the arguments that fit, the rest packed onto lines below; an
     * argument that needs lines of its own gets them, and the next one starts on a fresh line.
     */
    private static List<String> call(String prefix, Call call, String indent, String suffix) {
        String open = indent + prefix + call.name() + "(";
        if (call.args().isEmpty()) return List.of(open + ")" + suffix);
        return pack(open, call.args(), indent + STEP, ")" + suffix, ",", " ", "");
    }

    private static List<String> chain(Chain chain, String indent, String suffix) {
        List<String> head = render(chain.head(), indent, "");
        List<String> lines = new ArrayList<>(head.subList(0, head.size() - 1));
        lines.addAll(pack(head.get(head.size() - 1), new ArrayList<>(chain.calls()), indent + STEP, suffix, "", "",
                "."));
        return lines;
    }

    /**
     * Appends {@code items} to {@code first}, each followed by {@code separator} (the last by
     * {@code end}) and preceded by {@code join} and {@code prefix}, wrapping onto lines at
     * {@code indent} when the current line is full.
     */
    private static List<String> pack(String first, List<? extends Code> items, String indent, String end,
                                     String separator, String join, String prefix) {
        List<String> lines = new ArrayList<>();
        String current = first;
        boolean empty = true;
        for (int i = 0; i < items.size(); i++) {
            Code item = items.get(i);
            String itemSuffix = i == items.size() - 1 ? end : separator;
            String flat = flat(item);
            if (flat != null) {
                String candidate = current + (empty ? "" : join) + prefix + flat + itemSuffix;
                if (fits(candidate)) {
                    current = candidate;
                    empty = false;
                    continue;
                }
            }
            boolean fitsOwnLine = flat != null && fits(indent + prefix + flat + itemSuffix);
            List<String> trailing = !fitsOwnLine && item instanceof Call call && !current.isBlank()
                    ? trailingString(current + (empty ? "" : join) + prefix, call, itemSuffix) : null;
            if (trailing != null) {
                lines.addAll(trailing.subList(0, trailing.size() - 1));
                current = trailing.get(trailing.size() - 1);
                empty = false;
                continue;
            }
            if (!current.isBlank()) lines.add(current);
            List<String> block = fitsOwnLine
                    ? List.of(indent + prefix + flat + itemSuffix)
                    : prefix.isEmpty() ? render(item, indent, itemSuffix) : call(prefix, (Call) item, indent, itemSuffix);
            if (block.size() == 1) {
                current = block.get(0);
                empty = false;
            } else {
                lines.addAll(block);
                current = indent;
                empty = true;
            }
        }
        if (!current.isBlank()) lines.add(current);
        return lines;
    }

    private static List<String> lambda(Lambda lambda, String indent, String suffix) {
        List<String> body = render(lambda.body(), indent, suffix);
        List<String> lines = new ArrayList<>(body);
        lines.set(0, indent + lambda.parameter() + " -> " + body.get(0).substring(indent.length()));
        return lines;
    }

    /**
     * {@code lead name(a, "first piece "} and the rest of a long one-line string on lines below,
     * {@code + "…"}, when the call's last argument is such a string and everything before it fits;
     * otherwise null.
     */
    private static List<String> trailingString(String lead, Call call, String suffix) {
        List<Code> args = call.args();
        if (args.isEmpty() || !(args.get(args.size() - 1) instanceof Str last) || last.value().indexOf('\n') >= 0) {
            return null;
        }
        StringBuilder head = new StringBuilder(lead).append(call.name()).append('(');
        for (Code arg : args.subList(0, args.size() - 1)) {
            String flat = flat(arg);
            if (flat == null) return null;
            head.append(flat).append(", ");
        }
        int firstRoom = WIDTH - head.length();
        if (firstRoom < 30) return null;
        String indent = " ".repeat(lead.length() - lead.stripLeading().length()) + STEP;
        List<String> pieces = splitAtSpaces(last.value(), firstRoom, WIDTH - indent.length() - 4);
        if (pieces.size() < 2) return null;
        List<String> lines = new ArrayList<>();
        lines.add(head + JavaText.literal(pieces.get(0)));
        for (int i = 1; i < pieces.size(); i++) {
            lines.add(indent + "+ " + JavaText.literal(pieces.get(i)) + (i == pieces.size() - 1 ? ")" + suffix : ""));
        }
        return lines;
    }

    /** The string split after line breaks, and after spaces where a piece is still too long. */
    private static List<String> string(String value, String indent, String suffix) {
        List<String> pieces = new ArrayList<>();
        int maxPiece = Math.max(40, WIDTH - indent.length() - STEP.length() - 6);
        for (String line : value.split("(?<=\n)")) pieces.addAll(splitAtSpaces(line, maxPiece, maxPiece));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String text = JavaText.literal(pieces.get(i)) + (i == pieces.size() - 1 ? suffix : "");
            lines.add(i == 0 ? indent + text : indent + STEP + "+ " + text);
        }
        return lines;
    }

    /** Pieces whose literals fit {@code firstMax}, then {@code nextMax}, cut after spaces where possible. */
    private static List<String> splitAtSpaces(String line, int firstMax, int nextMax) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        int max = firstMax;
        while (JavaText.literal(rest).length() > max) {
            int cut = lastSpaceWithin(rest, max);
            if (cut <= 0) break;
            pieces.add(rest.substring(0, cut + 1));
            rest = rest.substring(cut + 1);
            max = nextMax;
        }
        if (!rest.isEmpty() || pieces.isEmpty()) pieces.add(rest);
        return pieces;
    }

    /**
     * The space to cut after: the last one that keeps the piece's literal within {@code max}, or,
     * when one comes after a comma in the last third of the piece, that one, so lists break
     * between their items.
     */
    private static int lastSpaceWithin(String text, int max) {
        int cut = text.lastIndexOf(' ', Math.min(text.length() - 1, max));
        while (cut > 0 && JavaText.literal(text.substring(0, cut + 1)).length() > max) cut = text.lastIndexOf(' ', cut - 1);
        int afterComma = cut;
        while (afterComma > 0 && text.charAt(afterComma - 1) != ',') afterComma = text.lastIndexOf(' ', afterComma - 1);
        return afterComma > 0 && afterComma >= cut * 2 / 3 ? afterComma : cut;
    }

    /** The code on one line, or null when it cannot be (a string with a line break). */
    static String flat(Code code) {
        if (code instanceof Lit lit) return lit.text();
        if (code instanceof Str str) return str.value().indexOf('\n') >= 0 ? null : JavaText.literal(str.value());
        if (code instanceof Lambda lambda) {
            String body = flat(lambda.body());
            return body == null ? null : lambda.parameter() + " -> " + body;
        }
        if (code instanceof Chain chain) {
            StringBuilder text = new StringBuilder();
            String head = flat(chain.head());
            if (head == null) return null;
            text.append(head);
            for (Call call : chain.calls()) {
                String flat = flat(call);
                if (flat == null) return null;
                text.append('.').append(flat);
            }
            return text.toString();
        }
        Call call = (Call) code;
        List<String> args = new ArrayList<>();
        for (Code arg : call.args()) {
            String flat = flat(arg);
            if (flat == null) return null;
            args.add(flat);
        }
        return args.stream().collect(Collectors.joining(", ", call.name() + "(", ")"));
    }

    private static boolean fits(String line) {
        return line.length() <= WIDTH;
    }
}
