CREATE TABLE public.boxes (
    id integer PRIMARY KEY,
    width numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (width * 2) STORED
);
