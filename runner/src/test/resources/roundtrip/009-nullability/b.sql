CREATE TABLE public.accounts (id integer PRIMARY KEY, name text, email text NOT NULL);
