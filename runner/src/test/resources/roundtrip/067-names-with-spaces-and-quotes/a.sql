CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."order lines" ("line no" integer PRIMARY KEY, "qty ""x""" integer);
