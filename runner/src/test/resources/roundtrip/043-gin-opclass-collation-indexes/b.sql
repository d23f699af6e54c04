CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text,
    tags text[],
    created_at timestamp with time zone,
    owner_id integer,
    status text
);

CREATE INDEX docs_tags_gin ON public.docs USING gin (tags);
CREATE INDEX docs_title_pattern ON public.docs (title text_pattern_ops);
CREATE INDEX docs_title_c ON public.docs (title COLLATE "C" DESC);
CREATE INDEX docs_body_hash ON public.docs USING hash (body);
