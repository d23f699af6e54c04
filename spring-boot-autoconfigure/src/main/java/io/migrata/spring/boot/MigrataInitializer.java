package io.migrata.spring.boot;

import io.migrata.workflow.Move;
import io.migrata.workflow.RevisionState;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;

/**
 * Upgrades the application's database to {@code migrata.target} when the bean is created, which
 * {@link MigrataAutoConfiguration} arranges to be before JPA's {@code EntityManagerFactory}. When
 * several instances start at once, the runner's advisory lock lets one apply each revision while
 * the others wait, then find nothing left to do. A failure (an edited or unknown applied revision,
 * a failed statement, the lock not taken in time) is a {@code MigrataException} with one line,
 * which stops the start.
 */
public class MigrataInitializer implements InitializingBean {

    private final ApplicationMigrations migrations;
    private Move move;

    public MigrataInitializer(ApplicationMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public void afterPropertiesSet() {
        MigrataProperties properties = migrations.properties();
        move = migrations.with(migrata -> {
            if (properties.getOnEditedRevision() == MigrataProperties.EditedRevisionAction.REPAIR) {
                List<String> edited = migrata.history(null).revisions().stream()
                        .filter(RevisionState::edited).map(state -> state.revision().id()).toList();
                edited.forEach(migrata::repair);
            }
            return migrata.upgrade(properties.getTarget());
        });
    }

    /** What the upgrade at start did: the revisions it applied (none when the database was already there). */
    public Move move() {
        return move;
    }
}
