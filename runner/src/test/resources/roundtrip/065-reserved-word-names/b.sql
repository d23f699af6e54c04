CREATE TABLE public."user" (id integer PRIMARY KEY, "from" text NOT NULL, "order" integer DEFAULT 0, "group" text,
    CONSTRAINT "check" CHECK ("order" >= 0));
CREATE TABLE public."select" ("where" integer PRIMARY KEY, "user" integer REFERENCES public."user" (id));
CREATE INDEX "index" ON public."select" ("user");
COMMENT ON COLUMN public."user"."from" IS 'reserved';
