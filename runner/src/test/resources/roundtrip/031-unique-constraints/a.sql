CREATE TABLE public.people (id integer PRIMARY KEY, email text, phone text, CONSTRAINT people_email_key UNIQUE (email));
