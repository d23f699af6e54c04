CREATE TABLE public.t (id integer PRIMARY KEY, old_name text);
CREATE TABLE public.old_table (id integer);
