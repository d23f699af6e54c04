CREATE TABLE public.users (id integer PRIMARY KEY);
CREATE TABLE public.posts (id integer PRIMARY KEY, author_id integer,
    CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES public.users (id) ON DELETE CASCADE);
