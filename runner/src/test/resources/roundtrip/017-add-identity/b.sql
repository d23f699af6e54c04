CREATE TABLE public.events (id integer GENERATED ALWAYS AS IDENTITY, name text);
