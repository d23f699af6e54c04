package io.migrata.entities;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The UTF-8 constants of a class file, read by walking the whole file as the JVM specification
 * (chapter 4) lays it out. Walking every field, method and attribute to the last byte is what
 * tells a truncated or corrupt file from a valid one: a file cut short by an interrupted build
 * would otherwise look like a class without mapping annotations, and its table would be dropped.
 */
final class ClassFileConstants {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileConstants() {
    }

    /** Why a class file cannot be read; the message says what is wrong with it. */
    static final class CorruptClassFileException extends Exception {
        CorruptClassFileException(String problem) {
            super(problem);
        }
    }

    /** @throws CorruptClassFileException when the bytes are not a complete class file */
    static Set<String> read(byte[] bytes) throws CorruptClassFileException {
        if (bytes.length == 0) throw new CorruptClassFileException("it is empty");
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != MAGIC) throw new CorruptClassFileException("it does not start like a class file");
            in.getShort();
            in.getShort();
            Set<String> utf8 = constantPool(in);
            skip(in, 6);
            skip(in, 2 * u2(in));
            members(in);
            members(in);
            attributes(in);
            if (in.hasRemaining()) {
                throw new CorruptClassFileException(in.remaining() + " bytes follow the end of the class");
            }
            return utf8;
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new CorruptClassFileException("it ends early (" + bytes.length + " bytes)");
        }
    }

    private static Set<String> constantPool(ByteBuffer in) throws CorruptClassFileException {
        Set<String> utf8 = new HashSet<>();
        int count = u2(in);
        for (int index = 1; index < count; index++) {
            int tag = in.get() & 0xFF;
            switch (tag) {
                case 1 -> {
                    byte[] text = new byte[u2(in)];
                    in.get(text);
                    // Modified UTF-8 differs from UTF-8 only for NUL and supplementary characters,
                    // which annotation descriptors never hold.
                    utf8.add(new String(text, StandardCharsets.UTF_8));
                }
                case 3, 4 -> skip(in, 4);
                case 5, 6 -> {
                    skip(in, 8);
                    index++;
                }
                case 7, 8, 16, 19, 20 -> skip(in, 2);
                case 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                case 15 -> skip(in, 3);
                default -> throw new CorruptClassFileException("constant " + index + " has the unknown tag " + tag);
            }
        }
        return utf8;
    }

    private static void members(ByteBuffer in) {
        int count = u2(in);
        for (int i = 0; i < count; i++) {
            skip(in, 6);
            attributes(in);
        }
    }

    private static void attributes(ByteBuffer in) {
        int count = u2(in);
        for (int i = 0; i < count; i++) {
            skip(in, 2);
            long length = in.getInt() & 0xFFFFFFFFL;
            if (length > in.remaining()) throw new BufferUnderflowException();
            skip(in, (int) length);
        }
    }

    private static int u2(ByteBuffer in) {
        return in.getShort() & 0xFFFF;
    }

    private static void skip(ByteBuffer in, int bytes) {
        in.position(in.position() + bytes);
    }
}
