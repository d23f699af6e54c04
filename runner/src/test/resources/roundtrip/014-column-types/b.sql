CREATE TABLE public.t (
    id integer PRIMARY KEY,
    a uuid, b jsonb DEFAULT '{}' NOT NULL, c json, d bytea, e interval, f time(3) with time zone,
    g timestamp without time zone, h date, i inet, j cidr, k macaddr, l money, m bit(8), n bit varying(16),
    o character(3), p numeric(20,0), q double precision, r integer[], s text[][], t int4range, u tsvector,
    v xml, w point, x "char", y oid, z boolean DEFAULT false
);
