CREATE SCHEMA auth;
CREATE SCHEMA app;
CREATE TABLE auth.accounts (id integer PRIMARY KEY);
CREATE TABLE app.profiles (id integer PRIMARY KEY, account_id integer REFERENCES auth.accounts (id) ON DELETE CASCADE);
CREATE TABLE auth.sessions (id integer PRIMARY KEY, profile_id integer REFERENCES app.profiles (id));
