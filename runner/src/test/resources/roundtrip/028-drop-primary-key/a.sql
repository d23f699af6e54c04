CREATE TABLE public.items (id integer PRIMARY KEY, name text);
