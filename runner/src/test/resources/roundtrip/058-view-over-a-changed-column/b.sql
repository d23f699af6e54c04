CREATE TABLE public.orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(14,4), status text, placed_at date);

CREATE VIEW public.totals AS SELECT id, total FROM public.orders;
