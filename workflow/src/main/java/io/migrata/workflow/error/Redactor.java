package io.migrata.workflow.error;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Masks passwords in text the CLI prints. It replaces every secret it was told about (a password
 * as the user wrote it and as decoded), and anything that looks like one: the password part of a
 * {@code scheme://user:password@host} URL and the value of a {@code password=} parameter, because
 * pgjdbc and server messages can echo a URL.
 */
public final class Redactor {

    public static final String MASK = "***";

    /** Compiled on first use, which is an error: compiling them cost every command ~7 ms of start-up. */
    private static final class Patterns {
        // The placeholder "password", as in in the examples our messages give, is left alone.
        static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/@\\s]*:)(?!(?i)password@)[^\\s]*@");
        static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&\\s]*");
    }

    // Longest first, so a secret that contains another is masked whole.
    private final Set<String> secrets =
            new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

    /** Remembers a secret to mask from now on; null and empty strings are ignored. */
    public synchronized void addSecret(String secret) {
        if (secret != null && !secret.isEmpty()) secrets.add(secret);
    }

    /**
     * Remembers the secrets a database URL may hold, read leniently: it may be one the parser rejects.
     */
    public void addSecretsOf(String url) {
        int scheme = url.indexOf("://");
        int queryStart = url.indexOf('?', Math.max(scheme, 0));
        String head = queryStart < 0 ? url : url.substring(0, queryStart);
        int at = head.lastIndexOf('@');
        if (scheme >= 0 && at > scheme) {
            String userInfo = head.substring(scheme + 3, at);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) addSecret(userInfo.substring(colon + 1));
        }
        if (queryStart >= 0) {
            for (String pair : url.substring(queryStart + 1).split("&")) {
                if (pair.toLowerCase(Locale.ROOT).startsWith("password=")) addSecret(pair.substring("password=".length()));
            }
        }
    }

    public synchronized String redact(String text) {
        if (text == null) return null;
        String masked = text;
        for (String secret : secrets) masked = masked.replace(secret, MASK);
        masked = Patterns.URL_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
        return Patterns.PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }
}
