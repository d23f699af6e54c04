CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text,
    tags text[],
    created_at timestamp with time zone,
    owner_id integer,
    status text
);

CREATE UNIQUE INDEX docs_owner_title_key ON public.docs (owner_id, title) INCLUDE (status, created_at);
CREATE UNIQUE INDEX docs_status_nnd ON public.docs (status) NULLS NOT DISTINCT;
