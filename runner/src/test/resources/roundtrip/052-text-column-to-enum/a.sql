CREATE TYPE public.role AS ENUM ('customer', 'admin');
CREATE TABLE public.users (id integer PRIMARY KEY, role text DEFAULT 'customer' NOT NULL);
INSERT INTO public.users VALUES (1, 'admin'), (2, 'customer');
