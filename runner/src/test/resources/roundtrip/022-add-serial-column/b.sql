CREATE TABLE public.tickets (code text PRIMARY KEY, number bigserial NOT NULL);
