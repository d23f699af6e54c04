CREATE TABLE public.readings (id integer PRIMARY KEY, value text NOT NULL, taken text);
INSERT INTO public.readings VALUES (1, '42', '2024-03-01'), (2, '7', NULL);
