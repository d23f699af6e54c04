CREATE TYPE public.priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE public.tasks (id integer PRIMARY KEY, title text, priority public.priority DEFAULT 'normal' NOT NULL);
