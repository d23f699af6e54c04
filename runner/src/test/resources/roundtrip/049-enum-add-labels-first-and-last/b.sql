CREATE TYPE public.bill_status AS ENUM ('draft', 'pending', 'paid', 'refunded', 'void');

CREATE TABLE public.bills (
    id integer PRIMARY KEY,
    status public.bill_status DEFAULT 'pending' NOT NULL,
    history public.bill_status[] DEFAULT '{pending}'
);
CREATE INDEX bills_status_idx ON public.bills (status);
