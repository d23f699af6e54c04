CREATE TABLE public.boxes (id integer PRIMARY KEY, width numeric NOT NULL, height numeric NOT NULL);
INSERT INTO public.boxes VALUES (1, 2, 3);
