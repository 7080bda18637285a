COPY public.api_keys (id, service, api_key, owner) FROM stdin;
1	mailchimp	76fefbf72fb6b9cbaafbbb2e69cbaa48-us49	ops@acme.io
2	intercom	dG9rOjhTOHWQMO+kET0Kum6NK3vLlXLFjz0sS2oq4VJ43ma/1SKLx2accg=	ops@acme.io
3	postmark	f28aa21d-6689-4174-a7d4-d2de2f5cc80e	ops@acme.io
4	datadog	81d62e24e74072a7c8366d8d989b5dd8	ops@acme.io
5	hubspot	pat-na1-230f7e07-cad3-4662-91d0-06618138fa14	ops@acme.io
6	pipedrive	4e27ed7bc6d2adbd3cd5bbcf1df1ee67586cfae6	ops@acme.io
\.
