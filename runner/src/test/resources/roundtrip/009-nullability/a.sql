CREATE TABLE public.accounts (id integer PRIMARY KEY, name text NOT NULL, email text);
INSERT INTO public.accounts VALUES (1, 'a', 'a@x');
