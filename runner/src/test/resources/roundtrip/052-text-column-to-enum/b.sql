CREATE TYPE public.role AS ENUM ('customer', 'admin');
CREATE TABLE public.users (id integer PRIMARY KEY, role public.role DEFAULT 'customer' NOT NULL);
