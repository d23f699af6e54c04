CREATE TABLE public.prices (id integer PRIMARY KEY, amount numeric, currency text,
    CONSTRAINT prices_amount_check CHECK (amount >= 0),
    CONSTRAINT prices_currency_len CHECK (length(currency) = 3));
