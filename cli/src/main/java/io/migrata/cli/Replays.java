package io.migrata.cli;

import io.migrata.cli.config.ConfigurationException;
import io.migrata.cli.config.ProjectSettings;
import io.migrata.cli.connect.Databases;
import io.migrata.cli.model.RevisionReplayer;

/** Replays the project's migrations on a scratch database. */
final class Replays {

    private Replays() {
    }

    static RevisionReplayer replayer(MigrataCommand migrata, Databases databases, ProjectSettings settings, String devUrl) {
        return target -> {
            throw new ConfigurationException("replaying migrations is not available yet");
        };
    }
}
