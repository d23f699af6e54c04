CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email character varying(320) NOT NULL,
    name text
);
INSERT INTO public.users VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', NULL);

CREATE TABLE public.sessions (
    id uuid PRIMARY KEY,
    user_id bigint NOT NULL,
    token text NOT NULL DEFAULT md5(random()::text),
    expires_at timestamp with time zone NOT NULL DEFAULT (now() + interval '1 day'),
    CONSTRAINT sessions_token_key UNIQUE (token)
);
