package io.migrata.workflow.config;

import java.util.Objects;

/** One server of a connection URL; IPv6 literals are kept without their brackets. */
public record HostPort(String host, int port) {

    public static final int DEFAULT_PORT = 5432;

    public HostPort {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty()) throw new IllegalArgumentException("host is empty");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is out of range");
    }

    /** {@code host:port}, with an IPv6 literal in brackets, as URLs and messages write it. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
