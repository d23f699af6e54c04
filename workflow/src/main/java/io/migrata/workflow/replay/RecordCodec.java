package io.migrata.workflow.replay;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads trees of Migrata's records (the schema model and what the replay cache keeps
 * with it) in a compact binary form: each record as its class and its components in order, rebuilt
 * through its canonical constructor, so a record's own checks run again on reading. Only records
 * and enums of {@code io.migrata} packages, lists, maps (in their order), strings, booleans, ints
 * and longs are known;
 * anything else is refused on writing, and a class outside those packages on reading, so a cache
 * file can never make this JVM instantiate anything else.
 */
final class RecordCodec {

    private static final String ALLOWED_PACKAGE = "io.migrata.";
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int TRUE = 4;
    private static final int FALSE = 5;
    private static final int LIST = 6;
    private static final int RECORD = 7;
    private static final int ENUM = 8;
    private static final int MAP = 9;

    private RecordCodec() {
    }

    static void write(DataOutputStream out, Object value) throws IOException {
        new Writer(out).write(value);
    }

    static Object read(DataInputStream in) throws IOException {
        return new Reader(in).read();
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> classes = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                out.writeByte(STRING);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            } else if (value instanceof Integer number) {
                out.writeByte(INT);
                out.writeInt(number);
            } else if (value instanceof Long number) {
                out.writeByte(LONG);
                out.writeLong(number);
            } else if (value instanceof Boolean flag) {
                out.writeByte(flag ? TRUE : FALSE);
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object item : list) write(item);
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    write(entry.getKey());
                    write(entry.getValue());
                }
            } else if (value instanceof Record record) {
                out.writeByte(RECORD);
                writeClass(record.getClass());
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    write(componentValue(component, record));
                }
            } else if (value instanceof Enum<?> constant) {
                out.writeByte(ENUM);
                writeClass(constant.getDeclaringClass());
                out.writeUTF(constant.name());
            } else {
                throw new IllegalArgumentException("cannot write a " + value.getClass().getName());
            }
        }

        private void writeClass(Class<?> type) throws IOException {
            Integer known = classes.get(type);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            if (!type.getName().startsWith(ALLOWED_PACKAGE)) throw new IllegalArgumentException("cannot write a " + type.getName());
            int id = classes.size();
            classes.put(type, id);
            out.writeInt(id);
            out.writeUTF(type.getName());
        }

        private static Object componentValue(RecordComponent component, Record record) {
            try {
                component.getAccessor().setAccessible(true);
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + component + " of " + record.getClass().getName(), e);
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<Class<?>> classes = new ArrayList<>();
        private final Map<Class<?>, Constructor<?>> constructors = new HashMap<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object read() throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    return new String(bytes, StandardCharsets.UTF_8);
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case LIST:
                    int size = in.readInt();
                    List<Object> items = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) items.add(read());
                    return Collections.unmodifiableList(items);
                case MAP:
                    int entries = in.readInt();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < entries; i++) map.put(read(), read());
                    return Collections.unmodifiableMap(map);
                case RECORD:
                    return record(readClass());
                case ENUM:
                    return constant(readClass(), in.readUTF());
                default:
                    throw new IOException("not a cache file written by this release (tag " + tag + ")");
            }
        }

        private Class<?> readClass() throws IOException {
            int id = in.readInt();
            if (id < classes.size()) return classes.get(id);
            if (id != classes.size()) throw new IOException("not a cache file written by this release (class " + id + ")");
            String name = in.readUTF();
            if (!name.startsWith(ALLOWED_PACKAGE)) throw new IOException("a cache file names the class " + name);
            try {
                Class<?> type = Class.forName(name, false, RecordCodec.class.getClassLoader());
                if (!type.isRecord() && !type.isEnum()) throw new IOException("a cache file names the class " + name);
                classes.add(type);
                return type;
            } catch (ClassNotFoundException e) {
                throw new IOException("a cache file names the class " + name + ", which this release lacks", e);
            }
        }

        private Object record(Class<?> type) throws IOException {
            if (!type.isRecord()) throw new IOException(type.getName() + " is not a record");
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) values[i] = read();
            try {
                return constructor(type, components).newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException | IllegalArgumentException e) {
                throw new IOException("a cache file holds a " + type.getSimpleName() + " this release does not accept", e);
            }
        }

        private Constructor<?> constructor(Class<?> type, RecordComponent[] components) throws IOException {
            Constructor<?> constructor = constructors.get(type);
            if (constructor != null) return constructor;
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) parameters[i] = components[i].getType();
            try {
                constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IOException(type.getName() + " has no canonical constructor", e);
            }
            constructors.put(type, constructor);
            return constructor;
        }

        private static Object constant(Class<?> type, String name) throws IOException {
            if (!type.isEnum()) throw new IOException(type.getName() + " is not an enum");
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) return constant;
            }
            throw new IOException(type.getName() + " has no constant " + name);
        }
    }
}
