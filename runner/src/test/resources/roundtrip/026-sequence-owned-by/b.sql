CREATE SEQUENCE public.bill_numbers;
CREATE TABLE public.bills (id integer PRIMARY KEY, number integer DEFAULT nextval('public.bill_numbers'));
ALTER SEQUENCE public.bill_numbers OWNED BY public.bills.number;
CREATE SEQUENCE public.spare;
