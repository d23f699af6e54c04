CREATE TYPE public.color AS ENUM ('red');
CREATE SEQUENCE public.counter;
CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE VIEW public.v AS SELECT id FROM public.t;
COMMENT ON VIEW public.v IS 'a view';
