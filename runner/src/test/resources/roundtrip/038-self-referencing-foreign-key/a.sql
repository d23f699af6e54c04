CREATE TABLE public.categories (id integer PRIMARY KEY, name text);
