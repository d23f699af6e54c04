CREATE TABLE public.words (id integer PRIMARY KEY, word text, other text COLLATE "POSIX");
