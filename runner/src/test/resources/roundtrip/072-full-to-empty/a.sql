CREATE SCHEMA shop;
CREATE TYPE shop.state AS ENUM ('new', 'paid');
CREATE SEQUENCE shop.invoice_no;
CREATE TABLE shop.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE shop.orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES shop.customers (id),
    state shop.state DEFAULT 'new' NOT NULL, invoice integer DEFAULT nextval('shop.invoice_no'),
    total numeric(10,2) CHECK (total >= 0));
CREATE INDEX orders_customer_idx ON shop.orders (customer_id);
CREATE VIEW shop.paid_orders AS SELECT id, total FROM shop.orders WHERE state = 'paid';
COMMENT ON TABLE shop.orders IS 'orders';
