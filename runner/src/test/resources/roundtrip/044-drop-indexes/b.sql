CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text,
    tags text[],
    created_at timestamp with time zone,
    owner_id integer,
    status text
);
