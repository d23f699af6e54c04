package io.migrata.diff;

import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateEnum;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.SetComment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Enum types paired by name. Labels change in place: new labels are added where they stand
 * ({@code ADD VALUE … BEFORE/AFTER}), removed labels are dropped (which loses the rows' values and
 * is flagged). PostgreSQL cannot move a label, so labels that keep their names but change their
 * relative order are dropped and added again at their new place: the longest run of labels whose
 * order agrees stays, everything else moves.
 */
final class EnumComparator {

    private EnumComparator() {
    }

    static void compare(ModelIndex before, ModelIndex after, Changes changes) {
        for (EnumTypeDef from : before.model.enums()) {
            EnumTypeDef to = after.enumType(from.name());
            if (to == null) changes.add(new DropEnum(from));
            else if (!from.equals(to)) compare(from, to, changes);
        }
        for (EnumTypeDef to : after.model.enums()) {
            if (before.enumType(to.name()) == null) changes.add(new CreateEnum(to));
        }
    }

    private static void compare(EnumTypeDef from, EnumTypeDef to, Changes changes) {
        if (!from.labels().equals(to.labels())) labels(from, to, changes);
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new SetComment(CommentTarget.type(from.name()), from.comment(), to.comment()));
        }
    }

    /** Each op describes the label's place in the list as it stands when that op runs. */
    private static void labels(EnumTypeDef from, EnumTypeDef to, Changes changes) {
        Set<String> staying = new HashSet<>(commonOrder(from.labels(), to.labels()));
        List<String> current = new ArrayList<>(from.labels());
        for (String label : from.labels()) {
            if (staying.contains(label)) continue;
            int at = current.indexOf(label);
            boolean last = at == current.size() - 1;
            String after = !last && at > 0 ? current.get(at - 1) : null;
            String before = !last && at == 0 ? current.get(1) : null;
            changes.add(new DropEnumValue(from.name(), label, before, after));
            changes.rebuiltEnums.add(from.asType().spelling());
            current.remove(at);
            if (to.labels().contains(label)) {
                changes.note("label '" + label + "' of enum " + from.name() + " changes its place: PostgreSQL cannot move"
                        + " a label, so it is dropped and added again, and rows holding it lose it");
            }
        }
        for (int i = 0; i < to.labels().size(); i++) {
            String label = to.labels().get(i);
            if (staying.contains(label)) continue;
            String previous = i > 0 ? to.labels().get(i - 1) : null;
            if (previous == null) {
                String before = current.isEmpty() ? null : current.get(0);
                changes.add(new AddEnumValue(from.name(), label, before, null));
                current.add(0, label);
            } else if (current.indexOf(previous) == current.size() - 1) {
                changes.add(new AddEnumValue(from.name(), label, null, null));
                current.add(label);
            } else {
                changes.add(new AddEnumValue(from.name(), label, null, previous));
                current.add(current.indexOf(previous) + 1, label);
            }
        }
    }

    /** The longest common subsequence of the two label lists (enums are short: quadratic is fine). */
    private static List<String> commonOrder(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        List<String> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
