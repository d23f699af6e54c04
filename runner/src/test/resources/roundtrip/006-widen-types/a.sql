CREATE TABLE public.products (
    id integer PRIMARY KEY,
    code character varying(20) NOT NULL,
    price numeric(8,2),
    stock smallint,
    weight real,
    created_at timestamp(0) without time zone
);
INSERT INTO public.products VALUES (1, 'A-1', 9.99, 3, 1.5, '2024-01-01 10:00');
