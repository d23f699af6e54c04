CREATE TABLE public.users (id integer PRIMARY KEY, email text UNIQUE);
CREATE TABLE public.posts (id integer PRIMARY KEY, author_id integer, editor_email text, reviewer_id integer);
