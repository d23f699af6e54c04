package io.migrata.runner.lock;

import java.time.Instant;

/**
 * The session that holds the migration lock, as {@code pg_stat_activity} shows it. A role without
 * {@code pg_read_all_stats} sees fewer details of other roles' sessions; those are {@code null}.
 *
 * @param idleSince when the session's last statement ended; the lock connection runs nothing after
 *                  taking the lock, so this is about when it took it
 */
public record LockHolder(int pid, String applicationName, String user, String clientAddress, Instant connectedAt,
                         Instant idleSince) {

    /** {@code pid 4242 (application "migrata", user app, from 10.0.0.7, connected at …, holding it since about …)}. */
    public String describe() {
        StringBuilder text = new StringBuilder("pid ").append(pid).append(" (");
        text.append("application \"").append(applicationName == null ? "" : applicationName).append('"');
        if (user != null) text.append(", user ").append(user);
        if (clientAddress != null) text.append(", from ").append(clientAddress);
        if (connectedAt != null) text.append(", connected at ").append(connectedAt);
        if (idleSince != null) text.append(", holding it since about ").append(idleSince);
        return text.append(')').toString();
    }
}
