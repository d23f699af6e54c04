CREATE TABLE public.users (id integer PRIMARY KEY);
CREATE TABLE public.posts (id integer PRIMARY KEY, author_id integer);
