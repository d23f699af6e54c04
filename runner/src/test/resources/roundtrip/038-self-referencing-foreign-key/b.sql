CREATE TABLE public.categories (id integer PRIMARY KEY, name text, parent_id integer REFERENCES public.categories (id) ON DELETE CASCADE);
CREATE TABLE public.tree (id integer PRIMARY KEY, parent_id integer REFERENCES public.tree (id));
