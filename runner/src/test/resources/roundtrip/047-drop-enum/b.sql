CREATE TABLE public.diary (id integer PRIMARY KEY);
