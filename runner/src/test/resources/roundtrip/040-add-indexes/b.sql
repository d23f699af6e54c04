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
CREATE INDEX docs_owner_created_idx ON public.docs (owner_id, created_at DESC NULLS LAST);
CREATE INDEX docs_created_nulls_first ON public.docs (created_at NULLS FIRST);
