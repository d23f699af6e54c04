CREATE TABLE public.t (id integer PRIMARY KEY, new_name text);
CREATE TABLE public.new_table (id integer);
