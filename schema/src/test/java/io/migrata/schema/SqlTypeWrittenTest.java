package io.migrata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SqlType#ofWritten}: expected spellings are what format_type() prints for a column declared with the written type. */
class SqlTypeWrittenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "varchar(255)|character varying(255)", "varchar|character varying", "VARCHAR(20)|character varying(20)",
        "float(53)|double precision", "float(24)|real", "float(10)|real", "float|double precision",
        "float4|real", "float8|double precision", "int|integer", "int4|integer", "int8|bigint", "int2|smallint",
        "integer|integer", "bigint|bigint", "smallint|smallint", "bool|boolean", "boolean|boolean",
        "numeric(12,2)|numeric(12,2)", "numeric(5)|numeric(5,0)", "decimal(10, 3)|numeric(10,3)", "numeric|numeric",
        "timestamp(6) with time zone|timestamp(6) with time zone", "timestamp with time zone|timestamp with time zone",
        "timestamptz|timestamp with time zone", "timestamp|timestamp without time zone",
        "timestamp(6)|timestamp(6) without time zone", "time|time without time zone", "timetz|time with time zone",
        "time(6)|time(6) without time zone", "char|character(1)", "char(1)|character(1)", "character(3)|character(3)",
        "bpchar|bpchar", "bit|bit(1)", "varbit(3)|bit varying(3)", "interval second(6)|interval second(6)",
        "interval|interval", "text|text", "bytea|bytea", "uuid|uuid", "jsonb|jsonb", "oid|oid",
        "varchar(255) array|character varying(255)[]", "int[]|integer[]", "text array[4]|text[]",
        "bill_status|public.bill_status", "billing.bill_status|billing.bill_status", "BillStatus|public.billstatus",
        "\"BillStatus\"|public.\"BillStatus\"",
    })
    void spellsTypesAsFormatTypeDoes(String written, String canonical) {
        assertEquals(canonical, SqlType.ofWritten(written, "public").spelling());
    }
}
