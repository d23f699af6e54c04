package io.migrata.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;

/** The fields that carry a goal's parameters, read by reflection where Maven's descriptor is not at hand. */
final class GoalParameters {

    private GoalParameters() {
    }

    /**
     * The fields of the goal's class and its superclasses up to {@link MigrataMojo}, the goal's own
     * first, that are of a type a parameter is given as; Maven's own objects stay behind.
     */
    static List<Field> of(Class<?> goal) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = goal; AbstractMojo.class.isAssignableFrom(type) && type != AbstractMojo.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Class<?> kind = field.getType();
                boolean parameter = kind == String.class || kind == boolean.class || kind == Integer.class
                        || kind == File.class || kind.isEnum();
                if (parameter && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
