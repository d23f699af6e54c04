package io.migrata.entities;

/**
 * Touches what Hibernate will reflect on (fields, methods, supertypes), so a class whose
 * dependencies are missing fails here with its own name instead of deep inside Hibernate's boot.
 */
final class LinkageCheck {

    private LinkageCheck() {
    }

    static void verify(Class<?> type) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            try {
                current.getDeclaredFields();
                current.getDeclaredMethods();
                current.getGenericSuperclass();
                current.getGenericInterfaces();
                current.getDeclaredAnnotations();
            } catch (LinkageError e) {
                throw new EntityModelException("class " + type.getName() + " cannot be read: " + EntityScanner.linkageProblem(e), e);
            } catch (RuntimeException e) {
                throw new EntityModelException("class " + type.getName() + " cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
