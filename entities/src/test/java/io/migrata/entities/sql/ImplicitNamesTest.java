package io.migrata.entities.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected names are what PostgreSQL 15 chose for the same statements. */
class ImplicitNamesTest {

    @Test
    void namesConstraintsAfterTableAndColumns() {
        ImplicitNames names = new ImplicitNames();
        assertEquals("users_pkey", names.primaryKey("public", "users"));
        assertEquals("users_email_key", names.unique("public", "users", List.of("email")));
        assertEquals("users_first_name_last_name_key", names.unique("public", "users", List.of("first_name", "last_name")));
        assertEquals("users_status_check", names.check("public", "users", "status"));
        assertEquals("users_check", names.check("public", "users", null));
    }

    @Test
    void numbersANameThatIsTakenInTheSchema() {
        ImplicitNames names = new ImplicitNames();
        assertEquals("x_a_b_c_key", names.unique("public", "x_a", List.of("b_c")));
        assertEquals("x_a_b_c_key1", names.unique("public", "x_a_b", List.of("c")));
        assertEquals("x_a_b_c_key", names.unique("other", "x_a_b", List.of("c")));
        assertEquals("t_c_check", names.check("public", "t", "c"));
        assertEquals("t_c_check1", names.check("public", "t", "c"));
    }

    @Test
    void shortensTheLongerPartToFit63Bytes() {
        String table = "a_table_name_that_is_long_enough_to_need_truncating_in_postgres";
        String column = "and_a_column_name_that_is_also_long_enough_to_be_truncated";
        String name = new ImplicitNames().unique("public", table, List.of(column));
        assertEquals("a_table_name_that_is_long_eno_and_a_column_name_that_is_als_key", name);
        assertEquals(63, name.length());
        assertEquals(63, PgIdentifiers.fold(table + "_and_more").length());
    }
}
