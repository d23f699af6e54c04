CREATE TABLE public.users (id integer PRIMARY KEY, email text UNIQUE);
CREATE TABLE public.posts (id integer PRIMARY KEY, author_id integer, editor_email text, reviewer_id integer,
    CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES public.users (id) ON DELETE CASCADE,
    CONSTRAINT posts_editor_fk FOREIGN KEY (editor_email) REFERENCES public.users (email) MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL,
    CONSTRAINT posts_reviewer_fk FOREIGN KEY (reviewer_id) REFERENCES public.users (id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED);
