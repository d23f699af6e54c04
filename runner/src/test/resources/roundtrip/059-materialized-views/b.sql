CREATE TABLE public.orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text, placed_at date);

CREATE MATERIALIZED VIEW public.customer_totals AS SELECT customer, sum(total) AS total FROM public.orders GROUP BY customer;
COMMENT ON MATERIALIZED VIEW public.customer_totals IS 'refreshed nightly';
