CREATE SCHEMA "Ref Data";
CREATE TYPE "Ref Data"."Unit" AS ENUM ('kWh', 'm3');
CREATE TABLE public.meters (id integer PRIMARY KEY, unit "Ref Data"."Unit");
