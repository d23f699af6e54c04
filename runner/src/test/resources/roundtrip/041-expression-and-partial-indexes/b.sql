CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text,
    tags text[],
    created_at timestamp with time zone,
    owner_id integer,
    status text
);

CREATE INDEX docs_lower_title_idx ON public.docs (lower(title));
CREATE INDEX docs_open_idx ON public.docs (owner_id) WHERE status <> 'closed';
CREATE INDEX docs_expr_partial ON public.docs ((coalesce(owner_id, 0) + 1)) WHERE body IS NOT NULL AND status = 'open';
