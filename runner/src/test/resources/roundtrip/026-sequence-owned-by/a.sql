CREATE TABLE public.bills (id integer PRIMARY KEY, number integer);
CREATE SEQUENCE public.bill_numbers;
CREATE SEQUENCE public.spare OWNED BY public.bills.number;
