CREATE TABLE public.orders (id serial PRIMARY KEY, total numeric);
INSERT INTO public.orders (total) VALUES (1), (2);
