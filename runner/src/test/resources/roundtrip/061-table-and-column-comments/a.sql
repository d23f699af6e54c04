CREATE TABLE public.users (id integer PRIMARY KEY, email text, phone text);
COMMENT ON TABLE public.users IS 'old comment';
COMMENT ON COLUMN public.users.email IS 'login';
