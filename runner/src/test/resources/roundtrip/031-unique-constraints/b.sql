CREATE TABLE public.people (
    id integer PRIMARY KEY,
    email text,
    phone text,
    CONSTRAINT people_phone_key UNIQUE NULLS NOT DISTINCT (phone) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT people_email_phone UNIQUE (email, phone) DEFERRABLE
);
