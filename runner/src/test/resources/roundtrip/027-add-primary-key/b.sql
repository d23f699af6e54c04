CREATE TABLE public.items (id integer PRIMARY KEY, name text);
CREATE TABLE public.lines (order_id integer, line_no integer, qty integer, CONSTRAINT lines_pk PRIMARY KEY (line_no, order_id));
