CREATE TABLE public.boxes (id integer PRIMARY KEY, width numeric NOT NULL, area numeric);
