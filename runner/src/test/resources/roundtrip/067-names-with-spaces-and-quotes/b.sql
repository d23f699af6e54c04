CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."order lines" ("line no" integer PRIMARY KEY, "qty ""x""" bigint NOT NULL DEFAULT 1,
    "unit price" numeric(10,2), CONSTRAINT "qty ""positive""" CHECK ("qty ""x""" > 0));
CREATE INDEX "by ""price""" ON "My Schema"."order lines" ("unit price" DESC);
CREATE SEQUENCE "My Schema"."line ""numbers""";
CREATE VIEW "My Schema"."big lines" AS SELECT "line no" FROM "My Schema"."order lines" WHERE "qty ""x""" > 10;
COMMENT ON TABLE "My Schema"."order lines" IS 'lines';
