CREATE TABLE public."Customers" ("Id" integer PRIMARY KEY, "FirstName" text);
