CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TABLE public.diary (id integer PRIMARY KEY, mood public.mood, moods public.mood[]);
