CREATE SEQUENCE public.invoice_numbers AS integer START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE public.other AS smallint;
