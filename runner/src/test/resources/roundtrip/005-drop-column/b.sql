CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email character varying(320) NOT NULL,
    name text
);
INSERT INTO public.users VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', NULL);
