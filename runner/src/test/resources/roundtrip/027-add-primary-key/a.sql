CREATE TABLE public.items (id integer NOT NULL, name text);
CREATE TABLE public.lines (order_id integer, line_no integer, qty integer);
