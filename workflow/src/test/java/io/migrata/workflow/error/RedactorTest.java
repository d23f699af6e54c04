package io.migrata.workflow.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksRegisteredSecretsAnywhere() {
        Redactor redactor = new Redactor();
        redactor.addSecret("hunter2");
        assertEquals("FATAL: bad password *** for bob", redactor.redact("FATAL: bad password hunter2 for bob"));
    }

    @Test
    void masksTheRawAndDecodedPasswordsOfAUrl() {
        Redactor redactor = new Redactor();
        redactor.addSecretsOf("postgresql://bob:p%40ss@h/db?password=other");
        redactor.addSecret("p@ss");
        assertEquals("*** *** ***", redactor.redact("p%40ss p@ss other"));
    }

    @Test
    void masksUrlPasswordsAndPasswordParametersItWasNotTold() {
        Redactor redactor = new Redactor();
        assertEquals("see postgresql://bob:***@host/db and jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                redactor.redact("see postgresql://bob:s3cret@host/db and jdbc:postgresql://h/db?user=u&password=x&ssl=true"));
    }

    @Test
    void leavesThePlaceholderOfAnExampleAlone() {
        assertEquals("expected postgresql://user:password@host:5432/database",
                new Redactor().redact("expected postgresql://user:password@host:5432/database"));
    }

    @Test
    void masksTheLongerSecretWhole() {
        Redactor redactor = new Redactor();
        redactor.addSecret("abc");
        redactor.addSecret("abcdef");
        assertEquals("x *** y ***", redactor.redact("x abcdef y abc"));
    }
}
