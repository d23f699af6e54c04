CREATE TABLE public.codes (id integer PRIMARY KEY, code integer, flags boolean);
INSERT INTO public.codes VALUES (1, 17, true);
