CREATE TABLE public.customers (id bigint NOT NULL, code text NOT NULL, CONSTRAINT customers_pkey PRIMARY KEY (id, code));
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer_id bigint NOT NULL,
    customer_code text NOT NULL,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id, customer_code) REFERENCES public.customers (id, code)
);
