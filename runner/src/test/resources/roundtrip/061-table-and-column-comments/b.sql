CREATE TABLE public.users (id integer PRIMARY KEY, email text, phone text);
COMMENT ON TABLE public.users IS 'People who log in; it''s not "customers"';
COMMENT ON COLUMN public.users.phone IS 'E.164, e.g. +41 \ 123';
