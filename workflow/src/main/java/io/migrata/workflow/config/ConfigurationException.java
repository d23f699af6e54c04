package io.migrata.workflow.config;

/**
 * A problem in what the user configured (a flag, an environment variable, a file), with a message
 * that names the problem and the fix. The CLI reports it as a usage error.
 */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
