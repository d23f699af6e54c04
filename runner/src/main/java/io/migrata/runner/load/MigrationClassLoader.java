package io.migrata.runner.load;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.HashMap;
import java.util.Map;

/**
 * Defines the migration classes: those javac just wrote, from memory, and cached ones from the
 * entry directory each was found in (that directory is their code source). It knows where every
 * class is, so loading one looks in one place, not in every entry.
 */
final class MigrationClassLoader extends ClassLoader {

    private final Map<String, byte[]> compiled;
    private final Map<String, Path> cached;
    private final Map<Path, ProtectionDomain> domains = new HashMap<>();

    MigrationClassLoader(Map<String, byte[]> compiled, Map<String, Path> cached, ClassLoader parent) {
        super(parent);
        this.compiled = compiled;
        this.cached = cached;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = compiled.get(name);
        if (bytes != null) return defineClass(name, bytes, 0, bytes.length);
        Path entry = cached.get(name);
        if (entry == null) throw new ClassNotFoundException(name);
        try {
            byte[] file = Files.readAllBytes(entry.resolve(name.replace('.', '/') + ".class"));
            return defineClass(name, file, 0, file.length, domain(entry));
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " (its cached class file cannot be read: " + e.getMessage() + ")", e);
        }
    }

    private synchronized ProtectionDomain domain(Path entry) throws MalformedURLException {
        ProtectionDomain domain = domains.get(entry);
        if (domain == null) {
            domain = new ProtectionDomain(new CodeSource(entry.toUri().toURL(), (Certificate[]) null), null, this, null);
            domains.put(entry, domain);
        }
        return domain;
    }
}
