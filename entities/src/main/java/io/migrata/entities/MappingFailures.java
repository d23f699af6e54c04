package io.migrata.entities;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Turns what Hibernate throws while binding the mapping into one-line {@link EntityModelException}s. */
final class MappingFailures {

    private MappingFailures() {
    }

    static <T> T translate(List<Class<?>> mapped, Supplier<T> work) {
        try {
            return work.get();
        } catch (EntityModelException e) {
            throw e;
        } catch (LinkageError e) {
            throw new EntityModelException(subject(mapped, e) + " cannot be mapped: " + EntityScanner.linkageProblem(e), e);
        } catch (RuntimeException e) {
            throw new EntityModelException(subject(mapped, e) + " is rejected by Hibernate: " + oneLine(rootMessage(e)), e);
        }
    }

    /** The mapped class the failure names (the longest name found in the messages), or the whole mapping. */
    private static String subject(List<Class<?>> mapped, Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) messages.append(t.getMessage()).append('\n');
        String text = messages.toString();
        return mapped.stream()
                .filter(type -> text.contains(type.getName()) || text.contains("'" + type.getSimpleName() + "'")
                        || text.contains(type.getSimpleName() + "."))
                .max(Comparator.comparingInt(type -> type.getName().length()))
                .map(type -> "class " + type.getName())
                .orElse("the entity mapping");
    }

    private static String rootMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) message = t.getMessage();
        }
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
