CREATE TABLE public.items (id integer NOT NULL, name text);
