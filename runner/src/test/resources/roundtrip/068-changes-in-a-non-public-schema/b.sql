CREATE SCHEMA sales;
CREATE TABLE sales.regions (code character(2) PRIMARY KEY, name text NOT NULL);
CREATE TABLE sales.deals (id integer PRIMARY KEY, region character(2) REFERENCES sales.regions (code) ON DELETE SET NULL,
    amount bigint, closed boolean DEFAULT false);
CREATE INDEX deals_amount_idx ON sales.deals (amount DESC);
