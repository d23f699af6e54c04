CREATE TABLE public.orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text, placed_at date);

CREATE VIEW public.open_orders AS SELECT id, customer FROM public.orders WHERE status = 'open';
