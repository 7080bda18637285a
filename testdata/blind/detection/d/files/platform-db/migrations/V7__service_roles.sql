-- Flyway migration: service roles for the reporting stack
SET password_encryption = 'scram-sha-256';

CREATE ROLE reporting_ro LOGIN PASSWORD 'atlas-canyon-62' VALID UNTIL '2026-12-31';
GRANT CONNECT ON DATABASE shop TO reporting_ro;
GRANT USAGE ON SCHEMA public TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;

-- the ETL role gets its password from Flyway placeholders (flyway.placeholders.etl_password)
CREATE ROLE etl LOGIN PASSWORD '${etl_password}';

-- retired account: keep the role for ownership, disable password login
ALTER ROLE legacy_batch PASSWORD NULL NOLOGIN;

CREATE TABLE api_clients (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    secret_sha256 bytea NOT NULL
);
INSERT INTO api_clients (id, name, secret_sha256) VALUES (
    'edc71df5-b330-44c8-b527-9ef1a916035a',
    'erp-sync',
    '\xd1fac4caa63c2d7e9cf02b996ad5c805f020275ce1799255c62842d3bab87ff2');
