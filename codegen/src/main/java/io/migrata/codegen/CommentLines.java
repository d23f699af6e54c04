package io.migrata.codegen;

import java.util.ArrayList;
import java.util.List;

/** {@code // LABEL: text} comments, folded onto one line each and wrapped at the layout width. */
final class CommentLines {

    private static final String CONTINUATION = "//     ";

    private CommentLines() {
    }

    static List<String> wrap(String label, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder("// ").append(label);
        boolean lineHasWord = false;
        for (String word : JavaText.commentLine(text).split(" ")) {
            if (lineHasWord && current.length() + 1 + word.length() > CodeLayout.WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(CONTINUATION);
                lineHasWord = false;
            }
            if (lineHasWord) current.append(' ');
            current.append(word);
            lineHasWord = true;
        }
        lines.add(current.toString());
        return lines;
    }
}
