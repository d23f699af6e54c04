CREATE SCHEMA sales;
CREATE TABLE sales.regions (code character(2) PRIMARY KEY, name text);
CREATE TABLE sales.deals (id integer PRIMARY KEY, region character(2) REFERENCES sales.regions (code), amount integer);
CREATE INDEX deals_amount_idx ON sales.deals (amount);
