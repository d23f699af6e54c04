CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text,
    tags text[],
    created_at timestamp with time zone,
    owner_id integer,
    status text
);

CREATE INDEX docs_title_idx ON public.docs (title);
CREATE UNIQUE INDEX docs_owner_key ON public.docs (owner_id) WHERE owner_id IS NOT NULL;
