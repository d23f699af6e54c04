CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email character varying(320) NOT NULL,
    name text
);
INSERT INTO public.users VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', NULL);

CREATE TABLE public.obsolete (id integer PRIMARY KEY, payload jsonb DEFAULT '{}'::jsonb NOT NULL, created date);
INSERT INTO public.obsolete VALUES (1, '{"a": 1}', '2024-01-01');
