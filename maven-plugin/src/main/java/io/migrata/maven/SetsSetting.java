package io.migrata.maven;

import io.migrata.workflow.config.Setting;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The setting a goal parameter overrides, as the command's flag for it does ({@link Setting#flag()}):
 * the goal passes the parameter's value on as that setting, and {@link MavenWording} names the
 * parameter wherever a message names the flag.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface SetsSetting {

    Setting value();
}
