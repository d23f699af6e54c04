CREATE TABLE public."Customers" ("Id" integer PRIMARY KEY, "FirstName" character varying(100), "LastName" text NOT NULL DEFAULT '');
CREATE TABLE public."Orders" ("OrderId" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "CustomerId" integer NOT NULL CONSTRAINT "FK_Orders_Customers" REFERENCES public."Customers" ("Id"));
CREATE INDEX "IX_Orders_CustomerId" ON public."Orders" ("CustomerId");
CREATE TYPE public."OrderState" AS ENUM ('New', 'Shipped');
