CREATE TABLE public.tickets (code text PRIMARY KEY, number serial NOT NULL, small smallserial);
