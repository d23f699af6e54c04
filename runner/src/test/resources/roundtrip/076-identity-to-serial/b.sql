CREATE TABLE public.orders (id serial PRIMARY KEY, total numeric);
