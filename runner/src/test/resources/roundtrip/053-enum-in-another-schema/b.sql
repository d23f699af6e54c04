CREATE SCHEMA "Ref Data";
CREATE TYPE "Ref Data"."Unit" AS ENUM ('kWh', 'MWh', 'm3', 'L');
COMMENT ON TYPE "Ref Data"."Unit" IS 'units of measure';
CREATE TABLE public.meters (id integer PRIMARY KEY, unit "Ref Data"."Unit" DEFAULT 'kWh');
