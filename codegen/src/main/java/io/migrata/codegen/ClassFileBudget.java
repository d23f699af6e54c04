package io.migrata.codegen;

import io.migrata.codegen.Code.Call;
import io.migrata.codegen.Code.Chain;
import io.migrata.codegen.Code.Lambda;
import io.migrata.codegen.Code.Lit;
import io.migrata.codegen.Code.Str;

import java.util.HashSet;
import java.util.Set;

/**
 * What one generated statement costs in the class file javac makes of it: an upper estimate of its
 * bytecode, and the constant-pool entries it needs. The estimates only decide where a long body is
 * split, so they err on the high side: a string literal or a method name used again adds nothing,
 * but every call is counted as if it took a varargs array.
 */
final class ClassFileBudget {

    /**
     * Bytes of bytecode a generated method may take. The JVM's limit is 65,535; HotSpot does not
     * JIT-compile a method above 8,000 bytes, and staying there leaves room for misestimates.
     */
    static final int METHOD_BYTES = 8_000;

    /** Constant-pool entries a generated class may take; the class-file format allows 65,535. */
    static final int CLASS_CONSTANTS = 30_000;

    /** {@code op}, the call on it and the discarded result. */
    private static final int STATEMENT_BYTES = 6;
    private static final int INVOKE_BYTES = 3;
    /** {@code dup}, the index, {@code aastore}, and the array's own creation spread over its elements. */
    private static final int VARARG_BYTES = 7;
    private static final int LOAD_BYTES = 3;
    /** A string: its {@code CONSTANT_String} and {@code CONSTANT_Utf8}. */
    private static final int STRING_CONSTANTS = 2;
    /** A method or field: its {@code Methodref} or {@code Fieldref}, {@code NameAndType}, name and descriptor. */
    private static final int MEMBER_CONSTANTS = 4;
    /** A lambda: the call site, its bootstrap arguments and the synthetic method's name and type. */
    private static final int LAMBDA_CONSTANTS = 8;

    private static final String STRING = "s:";

    /** The cost of one statement: bytecode bytes, and the keys of the constants it needs. */
    record Cost(int bytes, Set<String> constants, int lambdas) {

        int constantEntries() {
            int entries = lambdas * LAMBDA_CONSTANTS;
            for (String constant : constants) entries += constant.startsWith(STRING) ? STRING_CONSTANTS : MEMBER_CONSTANTS;
            return entries;
        }
    }

    /** What a comment costs. */
    static final Cost NOTHING = new Cost(0, Set.of(), 0);

    private ClassFileBudget() {
    }

    static Cost of(Call statement) {
        Set<String> constants = new HashSet<>();
        int[] lambdas = {0};
        int bytes = STATEMENT_BYTES + size(statement, constants, lambdas);
        return new Cost(bytes, Set.copyOf(constants), lambdas[0]);
    }

    /** Constant-pool entries of everything in {@code costs} together, counting shared constants once. */
    static int constantEntries(Iterable<Cost> costs) {
        Set<String> constants = new HashSet<>();
        int lambdas = 0;
        for (Cost cost : costs) {
            constants.addAll(cost.constants());
            lambdas += cost.lambdas();
        }
        return new Cost(0, constants, lambdas).constantEntries();
    }

    private static int size(Code code, Set<String> constants, int[] lambdas) {
        if (code instanceof Lit lit) {
            constants.add("l:" + lit.text());
            return LOAD_BYTES;
        }
        if (code instanceof Str str) {
            constants.add(STRING + str.value());
            return LOAD_BYTES;
        }
        if (code instanceof Chain chain) {
            int bytes = size(chain.head(), constants, lambdas);
            for (Call call : chain.calls()) bytes += size(call, constants, lambdas);
            return bytes;
        }
        if (code instanceof Lambda lambda) {
            lambdas[0]++;
            size(lambda.body(), constants, lambdas);
            return INVOKE_BYTES + 2;
        }
        Call call = (Call) code;
        constants.add("m:" + call.name() + "/" + call.args().size());
        int bytes = INVOKE_BYTES;
        for (Code arg : call.args()) bytes += VARARG_BYTES + size(arg, constants, lambdas);
        return bytes;
    }
}
