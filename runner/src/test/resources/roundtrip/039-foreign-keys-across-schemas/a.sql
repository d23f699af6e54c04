CREATE SCHEMA auth;
CREATE SCHEMA app;
CREATE TABLE auth.accounts (id integer PRIMARY KEY);
CREATE TABLE app.profiles (id integer PRIMARY KEY, account_id integer);
