package io.migrata.schema.migration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected names are what PostgreSQL 15 chose for the same unnamed constraints. */
class DefaultNamesTest {

    private static final String LONG_TABLE = "a_very_long_table_name_that_goes_on_and_on_and_on_forever_and_e";
    private static final String UNICODE_TABLE = "täblé_ñame_with_ümlauts_ünd_äccents_that_is_rather_långe";

    @Test
    void shortNames() {
        assertEquals("users_pkey", DefaultNames.primaryKey("users"));
        assertEquals("users_email_key", DefaultNames.unique("users", List.of("email")));
        assertEquals("t_a_b_key", DefaultNames.unique("t", List.of("a", "b")));
        assertEquals("orders_user_id_fkey", DefaultNames.foreignKey("orders", List.of("user_id")));
    }

    @Test
    void longNamesAreCutLikePostgresCutsThem() {
        assertEquals("a_very_long_table_name_that_goes_on_and_on_and_on_forever__pkey", DefaultNames.primaryKey(LONG_TABLE));
        assertEquals("a_very_long_table_name_that_g_another_quite_long_column_nam_key",
                DefaultNames.unique(LONG_TABLE, List.of("another_quite_long_column_name_for_testing_purposes_here")));
        assertEquals("a_very_long_table_name_that_g_second_col_third_column_long__key", DefaultNames.unique(LONG_TABLE,
                List.of("second_col", "third_column_long_name_also_here_to_overflow_the_budget_quickly")));
        assertEquals("a_very_long_table_name_that_goes_on_and_on_and__second_col_fkey",
                DefaultNames.foreignKey(LONG_TABLE, List.of("second_col")));
    }

    @Test
    void multiByteNamesAreCutOnWholeCharacters() {
        assertEquals("täblé_ñame_with_ümlauts_ünd_äccents_that_is_rather_l_pkey", DefaultNames.primaryKey(UNICODE_TABLE));
        assertEquals("täblé_ñame_with_ümlauts__çolumn_ñame_ünïcode_long__key",
                DefaultNames.unique(UNICODE_TABLE, List.of("çolumn_ñame_ünïcode_long_long_long_long_long_long_long")));
    }
}
