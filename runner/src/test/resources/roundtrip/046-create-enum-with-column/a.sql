CREATE TABLE public.tasks (id integer PRIMARY KEY, title text);
