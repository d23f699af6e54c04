package io.migrata.entities;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

/**
 * Hibernate's class loading service, remembering the names it did not find. The boot asks for the
 * {@code package-info} of every entity's package once per entity; each miss searches every jar on
 * the class path twice (the entity loader's parent, then Hibernate's own loader) and builds an
 * exception, about a tenth of the boot for 500 entities in one package.
 */
final class RememberingClassLoaderService extends ClassLoaderServiceImpl {

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    RememberingClassLoaderService(ClassLoader loader) {
        super(loader);
    }

    @Override
    public <T> Class<T> classForName(String className) {
        if (missing.contains(className)) throw new ClassLoadingException("Unable to load class [" + className + "]");
        try {
            return super.classForName(className);
        } catch (ClassLoadingException e) {
            missing.add(className);
            throw e;
        }
    }
}
