CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE SCHEMA reporting;
CREATE TABLE reporting.daily (day date PRIMARY KEY, total numeric, t_id integer REFERENCES public.t (id));
CREATE SEQUENCE reporting.batch_no;
CREATE VIEW reporting.recent AS SELECT day FROM reporting.daily WHERE day > '2024-01-01';
