CREATE TABLE public.readings (id integer PRIMARY KEY, value integer NOT NULL, taken date);
