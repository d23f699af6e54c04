CREATE TABLE public.counters (id integer PRIMARY KEY, amount bigint DEFAULT 1 NOT NULL, label text DEFAULT 'x'::text);
