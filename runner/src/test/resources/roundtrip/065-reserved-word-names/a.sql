CREATE TABLE public."user" (id integer PRIMARY KEY, "from" text);
