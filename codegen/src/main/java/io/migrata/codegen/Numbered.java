package io.migrata.codegen;

import io.migrata.codegen.Code.Call;
import io.migrata.codegen.Code.Lit;
import io.migrata.schema.SequenceOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbering calls ({@code .increment(50)}, {@code .start(1000)}, …) that take a sequence or
 * identity spec to given options, and no more. Each option is set only when the spec, as built
 * so far, would resolve it otherwise; the spec itself decides the defaults, so codegen and the
 * authoring API cannot disagree about them.
 */
final class Numbered {

    /** How to set each option on a spec of type {@code S}, and what a spec resolves to. */
    interface Setters<S> {
        S start(S spec, long value);

        S increment(S spec, long value);

        S minValue(S spec, long value);

        S maxValue(S spec, long value);

        S cache(S spec, long value);

        S cycle(S spec);

        SequenceOptions resolve(S spec);
    }

    private Numbered() {
    }

    /**
     * Decides each option against the spec's own defaults: the range against a spec with only the
     * increment set, the start against one with the whole range set. Those probes are always valid
     * numberings, where a spec half-way through the calls need not be (a range set on one side
     * only can be empty).
     */
    static <S> List<Call> calls(Setters<S> setters, S base, SequenceOptions target) {
        List<Call> calls = new ArrayList<>();
        S spec = base;
        S probe = base;
        if (setters.resolve(base).increment() != target.increment()) {
            calls.add(call("increment", target.increment()));
            spec = setters.increment(spec, target.increment());
            probe = setters.increment(probe, target.increment());
        }
        SequenceOptions range = setters.resolve(probe);
        if (range.min() != target.min()) {
            calls.add(call("minValue", target.min()));
            spec = setters.minValue(spec, target.min());
        }
        if (range.max() != target.max()) {
            calls.add(call("maxValue", target.max()));
            spec = setters.maxValue(spec, target.max());
        }
        probe = setters.maxValue(setters.minValue(probe, target.min()), target.max());
        SequenceOptions start = setters.resolve(probe);
        if (start.start() != target.start()) {
            calls.add(call("start", target.start()));
            spec = setters.start(spec, target.start());
        }
        if (start.cache() != target.cache()) {
            calls.add(call("cache", target.cache()));
            spec = setters.cache(spec, target.cache());
        }
        if (target.cycle()) {
            calls.add(Code.call("cycle"));
            spec = setters.cycle(spec);
        }
        if (!setters.resolve(spec).equals(target)) {
            throw new IllegalStateException("numbering calls " + calls + " do not give " + target);
        }
        return List.copyOf(calls);
    }

    private static Call call(String method, long value) {
        return Code.call(method, new Lit(longLiteral(value)));
    }

    /** {@code 1000}, or {@code 9223372036854775807L} where an int literal would not compile. */
    static String longLiteral(long value) {
        if (value == Long.MIN_VALUE) return "Long.MIN_VALUE";
        boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        return fitsInt ? Long.toString(value) : value + "L";
    }
}
