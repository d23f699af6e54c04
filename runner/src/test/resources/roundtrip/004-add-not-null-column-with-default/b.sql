CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email character varying(320) NOT NULL,
    name text,
    active boolean DEFAULT true NOT NULL,
    score numeric(5,2) DEFAULT 0.5 NOT NULL
);
INSERT INTO public.users VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', NULL);
