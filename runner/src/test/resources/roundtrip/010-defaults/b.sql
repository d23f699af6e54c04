CREATE TABLE public.settings (
    id integer PRIMARY KEY,
    theme text DEFAULT 'dark',
    retries integer DEFAULT 3,
    created_at timestamp with time zone,
    ratio numeric DEFAULT (1.0 / 3)
);
