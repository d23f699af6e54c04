package io.migrata.codegen;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Revision ids and class names in the seed's style: the id {@code 002_add_user_phone} is the next
 * sequence number, zero-padded to three digits, and a slug of the message; the class name comes
 * from the template's pattern, {@code M{date}_{seq}_{Name}} by default
 * ({@code M20260220_002_AddUserPhone}), so files sort by date and sequence.
 */
final class RevisionNaming {

    private static final int MAX_SLUG = 60;
    private static final Pattern SEQUENCE = Pattern.compile("^(\\d+)_");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    private RevisionNaming() {
    }

    /**
     * The message in lower case with accents dropped, every run of other characters than letters
     * and digits made one underscore, cut to {@value #MAX_SLUG} characters at a word boundary.
     */
    static String slug(String message) {
        if (message == null || message.isBlank()) {
            throw new InvalidMessageException("revision message is empty: say what the revision changes, "
                    + "e.g. \"add user phone\"");
        }
        String plain = Normalizer.normalize(message, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^\\p{L}\\p{Nd}]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new InvalidMessageException("revision message \"" + JavaText.commentLine(message)
                    + "\" has no letters or digits to name the revision by");
        }
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('_', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        return slug;
    }

    /** One more than the highest sequence number among the parents' ids; 1 for a first revision. */
    static int nextSequence(List<String> parents) {
        int highest = 0;
        for (String parent : parents) {
            Matcher match = SEQUENCE.matcher(parent);
            if (match.find() && match.group(1).length() < 10) highest = Math.max(highest, Integer.parseInt(match.group(1)));
        }
        return highest + 1;
    }

    static String sequenceText(int sequence) {
        return String.format(Locale.ROOT, "%03d", sequence);
    }

    static String revisionId(int sequence, String slug) {
        return sequenceText(sequence) + "_" + slug;
    }

    /** {@code add_user_phone} as {@code AddUserPhone}. */
    static String camelCase(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("_")) {
            if (word.isEmpty()) continue;
            int first = word.codePointAt(0);
            name.appendCodePoint(Character.toUpperCase(first)).append(word.substring(Character.charCount(first)));
        }
        return name.toString();
    }

    /**
     * The pattern with {@code {date}} (yyyyMMdd, UTC), {@code {time}} (HHmmss), {@code {seq}},
     * {@code {name}} (the slug) and {@code {Name}} (the slug in camel case) filled in.
     */
    static String className(String pattern, Instant created, int sequence, String slug) {
        Matcher match = PLACEHOLDER.matcher(pattern);
        StringBuilder name = new StringBuilder();
        while (match.find()) {
            String value = switch (match.group(1)) {
                case "date" -> DATE.format(created);
                case "time" -> TIME.format(created);
                case "seq" -> sequenceText(sequence);
                case "name" -> slug;
                case "Name" -> camelCase(slug);
                default -> throw new InvalidTemplateException("class name pattern " + pattern + " has an unknown "
                        + "placeholder {" + match.group(1) + "}: use {date}, {time}, {seq}, {name} or {Name}");
            };
            match.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        match.appendTail(name);
        return name.toString();
    }
}
