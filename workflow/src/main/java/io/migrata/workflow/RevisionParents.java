package io.migrata.workflow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a revision file at another parent, touching nothing else in it: in a Java revision the
 * string literal in {@code @Revision(parents = ...)}, in a SQL revision the id on the
 * {@code -- parents:} header line.
 */
final class RevisionParents {

    private static final Pattern JAVA_PARENTS = Pattern.compile("(@Revision\\s*\\((?:[^\"()]|\"(?:[^\"\\\\]|\\\\.)*\")*?"
            + "\\bparents\\s*=\\s*)(\\{[^}]*}|\"(?:[^\"\\\\]|\\\\.)*\")", Pattern.DOTALL);
    private static final Pattern SQL_PARENTS = Pattern.compile("(?m)^(\\s*--\\s*parents\\s*:)(.*)$");

    private RevisionParents() {
    }

    /** @throws IllegalStateException when the file does not name {@code from} as a parent where this looks */
    static String repoint(String text, boolean sql, String from, String to) {
        Matcher parents = (sql ? SQL_PARENTS : JAVA_PARENTS).matcher(text);
        if (!parents.find()) throw new IllegalStateException("no parents found in the revision to point from " + from + " to " + to);
        String list = parents.group(2);
        String replaced = sql
                ? list.replaceAll("(?<![\\w-])" + Pattern.quote(from) + "(?![\\w-])", Matcher.quoteReplacement(to))
                : list.replace("\"" + from + "\"", "\"" + to + "\"");
        if (replaced.equals(list)) throw new IllegalStateException("the revision's parents " + list.strip() + " do not name " + from);
        return text.substring(0, parents.start(2)) + replaced + text.substring(parents.end(2));
    }
}
