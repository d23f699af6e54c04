CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text,
    tags text[],
    created_at timestamp with time zone,
    owner_id integer,
    status text
);

CREATE INDEX docs_lookup ON public.docs (title, owner_id);
CREATE UNIQUE INDEX docs_flip ON public.docs (owner_id);
