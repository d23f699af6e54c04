CREATE TABLE public.products (
    id bigint PRIMARY KEY,
    code character varying(100) NOT NULL,
    price numeric(12,4),
    stock integer,
    weight double precision,
    created_at timestamp(6) without time zone
);
