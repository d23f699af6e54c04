package io.migrata.maven;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The option (or positional parameter, by its label) of the goal's command that a goal parameter
 * stands for, when it is no {@link SetsSetting setting}: {@link MavenWording} names the parameter's
 * {@code -D} property wherever a message names the option, and MavenWordingTest holds each name
 * against the options the command declares.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface CommandOption {

    /** Every name of the option, e.g. {@code {"-m", "--message"}}. */
    String[] value();
}
