-- one-off backfill, run by hand
COPY raw.orders
FROM 's3://nw-raw/orders/2023/'
CREDENTIALS 'aws_access_key_id=AKIASC4EKMNQLXNAEK7G;aws_secret_access_key=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'
FORMAT AS PARQUET;

-- the proper way
COPY raw.customers
FROM 's3://nw-raw/customers/'
IAM_ROLE 'arn:aws:iam::889309730139:role/redshift-copy'
FORMAT AS PARQUET;
