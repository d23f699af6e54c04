CREATE TABLE public.settings (
    id integer PRIMARY KEY,
    theme text DEFAULT 'light',
    retries integer,
    created_at timestamp with time zone DEFAULT now(),
    ratio numeric DEFAULT 1.5
);
