CREATE TABLE public.codes (id integer PRIMARY KEY, code text, flags character varying(5));
