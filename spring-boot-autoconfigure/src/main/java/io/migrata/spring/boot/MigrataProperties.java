package io.migrata.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code migrata.*} properties of an application that migrates its database at start. With
 * none set, the application's {@code DataSource} is upgraded to the head revision of the migration
 * classes in the package {@code migrations} before JPA starts.
 *
 * <pre>
 * migrata.migrations-package=com.example.migrations
 * migrata.lock-timeout=2m
 * </pre>
 */
@ConfigurationProperties(prefix = "migrata")
public class MigrataProperties {

    /** Whether to upgrade the database while the application starts. */
    private boolean enabled = true;

    /** The revision to upgrade to: head, a revision id or unique prefix, or +N. */
    private String target = "head";

    /** The package of the compiled migration classes (and .sql revisions) on the application's class path. */
    private String migrationsPackage = "migrations";

    /** The schemas the migrations manage; the migration history reads and writes them only. */
    private List<String> schemas = new ArrayList<>();

    /** The schema of the migrata_version and migrata_history tables. */
    private String versionTableSchema = "public";

    /** How long to wait for another instance that holds the migration lock before start fails. */
    private Duration lockTimeout = Duration.ofSeconds(300);

    /** What to do when an applied revision's code was edited after it ran. */
    private EditedRevisionAction onEditedRevision = EditedRevisionAction.FAIL;

    /** A JDBC URL of the database to migrate instead of the application's DataSource (jdbc:postgresql://host:5432/db). */
    private String url;

    /** The login for migrata.url. */
    private String user;

    /** The password for migrata.url. */
    private String password;

    /** What start-up does about an applied revision whose code changed after it ran. */
    public enum EditedRevisionAction {
        /** Start fails, naming the revision and the two checksums. */
        FAIL,
        /**
         * The new checksum is recorded and start goes on: for when the database already matches the
         * edited code, as {@code migrata stamp --repair} does.
         */
        REPAIR
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }

    public List<String> getSchemas() {
        return schemas;
    }

    public void setSchemas(List<String> schemas) {
        this.schemas = schemas;
    }

    public String getVersionTableSchema() {
        return versionTableSchema;
    }

    public void setVersionTableSchema(String versionTableSchema) {
        this.versionTableSchema = versionTableSchema;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public EditedRevisionAction getOnEditedRevision() {
        return onEditedRevision;
    }

    public void setOnEditedRevision(EditedRevisionAction onEditedRevision) {
        this.onEditedRevision = onEditedRevision;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
