CREATE TABLE public.unrelated (id integer PRIMARY KEY);
