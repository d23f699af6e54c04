CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE SCHEMA archive;
CREATE TYPE archive.kind AS ENUM ('a', 'b');
CREATE TABLE archive.old_t (id integer PRIMARY KEY, kind archive.kind);
