CREATE TABLE public.counters (id integer PRIMARY KEY, amount text DEFAULT '1' NOT NULL, label character varying(10) DEFAULT 'x');
INSERT INTO public.counters VALUES (1, '5', 'y');
