-- PostgreSQL database dump
-- Dumped from database version 16.4
SET statement_timeout = 0;

CREATE TABLE public.integrations (id integer NOT NULL, name text, dsn text, updated_at timestamptz);

COPY public.integrations (id, name, dsn, updated_at) FROM stdin;
1	crm	postgresql://crm_sync:ATua.ZWSyzU6X1s23@crm-db.acme.internal:5432/crm	2024-10-30 11:02:00+00
2	legacy	postgresql://legacy@legacy-db.acme.internal/legacy	2024-10-30 11:02:00+00
\.

CREATE USER MAPPING FOR etl SERVER erp_srv OPTIONS (user 'erp_ro', password 'PCQb+KLNf5JuyO877');
