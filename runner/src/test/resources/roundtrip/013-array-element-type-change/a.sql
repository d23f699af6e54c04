CREATE TABLE public.t (id integer PRIMARY KEY, tags character varying(10)[], scores integer[]);
INSERT INTO public.t VALUES (1, '{a,b}', '{1,2}');
