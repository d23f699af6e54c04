CREATE SEQUENCE public.old_numbers;
