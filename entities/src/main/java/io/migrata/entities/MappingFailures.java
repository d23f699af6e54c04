package io.migrata.entities;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * The mapped class the failure is about, or the whole mapping. Hibernate's messages name the
     * failing property first, with its owner ({@code Collection 'shop.Bad.people' is 'mappedBy' ...
     * in the target entity 'shop.Person'}), so the class named as the owner of a member wins, and
     * otherwise the class named first; the other classes a message names are only what it refers to.
     */
    private static String subject(List<Class<?>> mapped, Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) messages.append(t.getMessage()).append('\n');
        String text = messages.toString();
        Optional<Class<?>> owner = first(mapped, text, type -> List.of(type.getName() + ".", "'" + type.getSimpleName() + "."));
        Optional<Class<?>> named = owner.isPresent() ? owner
                : first(mapped, text, type -> List.of(type.getName(), "'" + type.getSimpleName() + "'"));
        return named.map(type -> "class " + type.getName()).orElse("the entity mapping");
    }

    /** The class one of whose spellings occurs earliest in the text; a longer name wins at the same place. */
    private static Optional<Class<?>> first(List<Class<?>> mapped, String text, Function<Class<?>, List<String>> spellings) {
        Class<?> best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Class<?> type : mapped) {
            for (String spelling : spellings.apply(type)) {
                int at = text.indexOf(spelling);
                if (at < 0) continue;
                if (at < bestAt || at == bestAt && type.getName().length() > best.getName().length()) {
                    best = type;
                    bestAt = at;
                }
            }
        }
        return Optional.ofNullable(best);
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
