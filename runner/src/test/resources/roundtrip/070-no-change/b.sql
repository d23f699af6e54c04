CREATE TYPE public.e AS ENUM ('x');
CREATE TABLE public.t (id integer PRIMARY KEY, e public.e, s serial);
CREATE VIEW public.v AS SELECT id FROM public.t;
