CREATE TABLE public.orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text, placed_at date);

CREATE VIEW public.summary AS SELECT customer AS "Customer", sum(total) AS total FROM public.orders GROUP BY customer;
