"""Data-engineering repository: Airflow, dbt, Spark, Hadoop, Hive, Trino, Kafka/Connect, Superset, notebooks."""
import json
from lib import *
import keys

D = "data-platform/"


def sa_json(f, r, project, email_user):
    k = keys.pem(keys.rsa_key(r), "pkcs8")
    kid = hexs(r, 40)
    f.p(kid, "gcp", "service-account private_key_id", pair=True)
    f.p(k.replace("\n", "\\n"), "gcp", "service-account private key (PEM with \\n escapes)")
    d = {"type": "service_account", "project_id": project,
         "private_key_id": kid,
         "private_key": k,
         "client_email": f"{email_user}@{project}.iam.gserviceaccount.com",
         "client_id": str(r.randint(10**20, 10**21)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{email_user}%40{project}.iam.gserviceaccount.com",
         "universe_domain": "googleapis.com"}
    return d, k


def build():
    f = new(D + "airflow/airflow.cfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
parallelism = 32
load_examples = False
fernet_key = {S(base64.urlsafe_b64encode(r.randbytes(32)).decode(), 'airflow', 'Airflow fernet_key')}

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:{S(pw_url(r), 'postgres', 'Airflow metadata DB password in SQLAlchemy URI')}@pg-meta.data.internal:5432/airflow

[webserver]
base_url = https://airflow.data.internal
secret_key = {N('<generated-by-helm>', 'airflow', 'placeholder', 'placeholder')}
expose_config = False

[celery]
broker_url = redis://:{S(pw_url(r), 'redis', 'Celery broker password in redis URL')}@redis.data.internal:6379/0
result_backend = db+postgresql://airflow:{N('{AIRFLOW_DB_PASSWORD}', 'postgres', 'literal template marker substituted by entrypoint', 'template')}@pg-meta.data.internal/airflow

[smtp]
smtp_host = smtp.office365.com
smtp_starttls = True
smtp_user = airflow-alerts@northwind-data.example
smtp_password = {N('', 'smtp', 'empty, SMTP via relay', 'empty', anchor='smtp_password =')}
smtp_port = 587

[secrets]
backend = airflow.providers.hashicorp.secrets.vault.VaultBackend
backend_kwargs = {{"connections_path": "connections", "mount_point": "airflow", "url": "https://vault.data.internal:8200"}}
""")

    f = new(D + "airflow/.env"); r = f.r; S, N = f.s, f.n
    f.done(f"""AIRFLOW_UID=50000
_AIRFLOW_WWW_USER_USERNAME=admin
_AIRFLOW_WWW_USER_PASSWORD={N('airflow', 'airflow', 'Airflow docker-compose default credentials', 'test-value')}
AIRFLOW_CONN_WAREHOUSE=postgres://etl_writer:{S(pw_url(r), 'postgres', 'Airflow connection URI password')}@warehouse.data.internal:5432/dwh
AIRFLOW_CONN_VENDOR_SFTP=sftp://northwind:{S(pw_url(r), 'sftp', 'Airflow SFTP connection URI password')}@sftp.vendor.example:22/?key_file=
AIRFLOW_CONN_S3_RAW=aws://{N('${S3_RAW_KEY_ID}:${S3_RAW_SECRET}', 'aws', 'shell-style references in env file', 'env-ref')}@
AIRFLOW_CONN_MSSQL_ERP=mssql://erp_ro:{N('${ERP_RO_PASSWORD}', 'sqlserver', 'shell-style reference in env file', 'env-ref')}@erp-sql01.corp.example:1433/ERP
""")

    f = new(D + "airflow/dags/load_orders.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""from datetime import datetime
import psycopg2
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook


def _copy_orders(**ctx):
    src = psycopg2.connect(host="shop-db.prod.internal", dbname="shop", user="reporting",
                           password="{S(pw_sym(r), 'postgres', 'psycopg2.connect password in DAG')}")
    dst = PostgresHook(postgres_conn_id="warehouse").get_conn()
    api_token = {N('Variable.get("shop_api_token")', 'airflow', 'Airflow Variable lookup', 'function-call')}
    with src.cursor() as c, dst.cursor() as d:
        c.execute("select * from orders where updated_at >= %s", (ctx["ds"],))
        for row in c:
            d.execute("insert into raw.orders values %s on conflict do nothing", (row,))
    dst.commit()


with DAG("load_orders", start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False) as dag:
    PythonOperator(task_id="copy", python_callable=_copy_orders)
""")

    f = new(D + "airflow/connections.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""# airflow connections export connections.yaml --file-format yaml
salesforce_default:
  conn_type: salesforce
  login: integration@northwind-data.example
  password: {S(pw_leet(r), 'salesforce', 'Salesforce integration user password')}
  extra: '{{"security_token": "{N('{{ var.value.sf_token }}', 'salesforce', 'Airflow Jinja template', 'template')}", "domain": "login"}}'
snowflake_default:
  conn_type: snowflake
  login: AIRFLOW_SVC
  password: {S(pw_alnum(r, 24), 'snowflake', 'Snowflake service user password')}
  schema: RAW
  extra: '{{"account": "nw12345.eu-central-1", "warehouse": "LOAD_WH", "role": "LOADER"}}'
http_pagerduty:
  conn_type: http
  host: https://events.pagerduty.com
  password: {N('', 'pagerduty', 'no password, token in extra', 'empty', anchor='password: ')}
  extra: '{{"routing_key": "{S(hexs(r, 32), 'pagerduty', 'PagerDuty Events v2 routing key')}"}}'
""")

    f = new(D + "airflow/variables.json"); r = f.r; S, N = f.s, f.n
    d = {"alerts_slack_webhook": f.p(slack_hook(r), "slack", "Slack incoming webhook in Airflow variables"),
         "shop_api_base": "https://api.shop.example/v2",
         "shop_api_token": S(rs(r, 40), "shop-api", "internal shop API bearer token"),
         "warehouse_schema": "raw",
         "dbt_cloud_token": S("dbtc_" + rs(r, 56, URLSAFE), "dbt-cloud", "dbt Cloud service token"),
         "retention_days": "400"}
    f.done(json.dumps(d, indent=2))

    f = new(D + "dbt/profiles.yml"); r = f.r; S, N = f.s, f.n
    sa, _ = sa_json(f, r, "northwind-analytics", "dbt-runner")
    kj = "\n".join("        " + ln for ln in json.dumps(sa, indent=2).splitlines())
    f.done(f"""northwind:
  target: dev
  outputs:
    dev:
      type: postgres
      host: localhost
      user: analyst_tomas
      password: {S(pw_word(r), 'postgres', 'dbt dev target password')}
      port: 5432
      dbname: dwh
      schema: dbt_tomas
      threads: 4
    snowflake:
      type: snowflake
      account: nw12345.eu-central-1
      user: DBT_TOMAS
      password: "{S(pw_sym(r), 'snowflake', 'dbt snowflake target password')}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORM_WH
      schema: DBT_TOMAS
    redshift:
      type: redshift
      host: nw-dwh.abc123xyz.eu-central-1.redshift.amazonaws.com
      user: dbt
      password: "{N("{{ env_var('REDSHIFT_PASSWORD') }}", 'redshift', 'dbt env_var() Jinja', 'template')}"
      port: 5439
      dbname: analytics
      schema: public
    bigquery:
      type: bigquery
      method: service-account-json
      project: northwind-analytics
      dataset: dbt_tomas
      keyfile_json:
{kj}
""")
    # keyfile_json above is pretty-printed JSON embedded in YAML (valid YAML flow mapping)

    plain(D + "dbt/dbt_project.yml", """name: 'northwind'
version: '1.0.0'
config-version: 2
profile: 'northwind'
model-paths: ["models"]
seed-paths: ["seeds"]
test-paths: ["tests"]
target-path: "target"
clean-targets: ["target", "dbt_packages"]
models:
  northwind:
    staging:
      +materialized: view
    marts:
      +materialized: table
""")

    f = new(D + "spark/conf/spark-defaults.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""spark.master                         yarn
spark.eventLog.enabled               true
spark.eventLog.dir                   s3a://nw-spark-logs/events
spark.serializer                     org.apache.spark.serializer.KryoSerializer
spark.hadoop.fs.s3a.access.key       {f.p(aws_id(r), 'aws', 'S3A access key id in spark-defaults', pair=True)}
spark.hadoop.fs.s3a.secret.key       {f.p(aws_secret(r), 'aws', 'S3A secret key in spark-defaults')}
spark.authenticate                   true
spark.authenticate.secret            {S(pw_alnum(r, 32), 'spark', 'Spark RPC authenticate secret')}
spark.ssl.enabled                    true
spark.ssl.keyStore                   /etc/spark/ssl/keystore.jks
spark.ssl.keyStorePassword           {N('${SPARK_SSL_KEYSTORE_PASSWORD}', 'java-keystore', 'env substitution', 'env-ref')}
spark.ssl.trustStorePassword         {N('changeit', 'java-keystore', 'JDK default truststore password', 'test-value')}
""")

    f = new(D + "hadoop/core-site.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?xml version="1.0"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://nn1.data.internal:8020</value>
  </property>
  <property>
    <name>fs.azure.account.key.nwrawlake.blob.core.windows.net</name>
    <value>{f.p(azure_key(r), 'azure', 'Azure storage account key in core-site.xml')}</value>
  </property>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>{N('jceks://hdfs@nn1.data.internal/user/etl/s3.jceks', 'hadoop', 'credential provider keystore reference', 'secret-ref')}</value>
  </property>
  <property>
    <name>hadoop.http.authentication.signature.secret.file</name>
    <value>/etc/hadoop/http-secret</value>
  </property>
</configuration>
""")

    f = new(D + "hive/hive-site.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:mysql://metastore-db.data.internal:3306/metastore?useSSL=true</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>{S(pw_rand(r, 18, '!#%*-_'), 'mysql', 'Hive metastore DB password')}</value>
  </property>
  <property>
    <name>hive.metastore.uris</name>
    <value>thrift://hms.data.internal:9083</value>
  </property>
</configuration>
""")

    f = new(D + "trino/etc/catalog/erp.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""connector.name=sqlserver
connection-url=jdbc:sqlserver://erp-sql01.corp.example:1433;databaseName=ERP;encrypt=true;trustServerCertificate=true
connection-user=trino_ro
connection-password={S(pw_sym(r), 'sqlserver', 'Trino catalog connection-password')}
""")
    f = new(D + "trino/etc/catalog/warehouse.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""connector.name=postgresql
connection-url=jdbc:postgresql://warehouse.data.internal:5432/dwh
connection-user=trino
connection-password={N('${ENV:WAREHOUSE_PASSWORD}', 'postgres', 'Trino env substitution', 'env-ref')}
""")
    f = new(D + "trino/etc/password.db"); r = f.r; S, N = f.s, f.n
    f.done(f"""analyst:{S(keys.bcrypt(r, pw_word(r), '2y', 10), 'shadow-hash', 'Trino file authenticator bcrypt hash')}
superset:{S(keys.bcrypt(r, pw_alnum(r), '2y', 10), 'shadow-hash', 'Trino file authenticator bcrypt hash')}
""")

    f = new(D + "kafka-connect/connectors/jdbc-sink-orders.json"); r = f.r; S, N = f.s, f.n
    d = {"name": "jdbc-sink-orders", "config": {
        "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "tasks.max": "3",
        "topics": "shop.public.orders", "connection.url": "jdbc:postgresql://warehouse.data.internal:5432/dwh",
        "connection.user": "kconnect",
        "connection.password": S(pw_alnum(r, 20), "postgres", "Kafka Connect JDBC sink connection.password"),
        "insert.mode": "upsert", "pk.mode": "record_key", "auto.create": "true"}}
    f.done(json.dumps(d, indent=2))
    f = new(D + "kafka-connect/connectors/debezium-shop.json"); r = f.r; S, N = f.s, f.n
    d = {"name": "debezium-shop", "config": {
        "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
        "database.hostname": "shop-db.prod.internal", "database.port": "5432", "database.user": "debezium",
        "database.password": N("${file:/opt/kafka/secrets/shop.properties:password}", "postgres",
                               "Kafka Connect FileConfigProvider reference", "secret-ref"),
        "database.dbname": "shop", "topic.prefix": "shop", "plugin.name": "pgoutput",
        "slot.name": "debezium_shop"}}
    f.done(json.dumps(d, indent=2))

    f = new(D + "kafka/client-ssl.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""bootstrap.servers=kafka1.data.internal:9094,kafka2.data.internal:9094
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="etl-producer" password="{S(pw_alnum(r, 24), 'kafka', 'SASL/SCRAM password in sasl.jaas.config')}";
ssl.truststore.location=/etc/kafka/truststore.jks
ssl.truststore.password={S(pw_word(r), 'java-keystore', 'Kafka client truststore password')}
""")
    f = new(D + "kafka/server.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""broker.id=1
listeners=SASL_SSL://:9094,CONTROLLER://:9093
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="broker" \\
    password="{S(pw_alnum(r, 24), 'kafka', 'inter-broker SCRAM password')}";
ssl.keystore.location=/etc/kafka/kafka1.keystore.jks
ssl.keystore.password={S(pw_word(r), 'java-keystore', 'Kafka broker keystore password')}
ssl.key.password={N('${file:/etc/kafka/secrets/broker.properties:key.password}', 'java-keystore', 'Kafka config provider reference', 'secret-ref')}
log.dirs=/var/lib/kafka
num.partitions=6
""")

    f = new(D + "flink/conf/flink-conf.yaml"); r = f.r; S, N = f.s, f.n
    f.done(f"""jobmanager.rpc.address: flink-jm
taskmanager.numberOfTaskSlots: 4
state.backend.type: rocksdb
state.checkpoints.dir: s3://checkpoints/flink
s3.endpoint: http://minio.data.internal:9000
s3.path.style.access: true
s3.access-key: {S('flink-' + rs(r, 8, LOWNUM), 'minio', 'MinIO access key', pair=True)}
s3.secret-key: {S(rs(r, 40, ALNUM), 'minio', 'MinIO secret key in flink-conf')}
security.ssl.internal.keystore-password: {N('${SSL_KEYSTORE_PASSWORD}', 'java-keystore', 'env reference', 'env-ref')}
""")

    f = new(D + "superset/superset_config.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""import os
ROW_LIMIT = 50000
SECRET_KEY = "{S(b64b(r, 42), 'superset', 'Superset SECRET_KEY')}"
SQLALCHEMY_DATABASE_URI = "postgresql://superset:{S(pw_url(r), 'postgres', 'Superset metadata DB password in URI')}@pg-meta.data.internal/superset"
MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "")
SMTP_PASSWORD = {N('os.environ.get("SMTP_PASSWORD")', 'smtp', 'environment lookup', 'env-ref')}
FEATURE_FLAGS = {{"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}}
AUTH_PASSWORD_COMPLEXITY_ENABLED = {N('True', 'superset', 'password policy flag', 'policy', anchor='AUTH_PASSWORD_COMPLEXITY_ENABLED')}
""")

    f = new(D + "metabase/metabase.env"); r = f.r; S, N = f.s, f.n
    f.done(f"""MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS={S(pw_alnum(r, 22), 'postgres', 'Metabase app DB password')}
MB_DB_HOST=pg-meta.data.internal
MB_ENCRYPTION_SECRET_KEY={S(b64b(r, 24), 'metabase', 'Metabase encryption secret key')}
MB_PASSWORD_COMPLEXITY={N('strong', 'metabase', 'password policy setting', 'policy', anchor='MB_PASSWORD_COMPLEXITY')}
MB_PASSWORD_LENGTH=12
""")

    # notebooks
    f = new(D + "notebooks/churn_exploration.ipynb"); r = f.r; S, N = f.s, f.n
    pw1 = pw_sym(r)
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Churn exploration\n", "Pull subscriptions from the replica."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "import psycopg2\n", "import snowflake.connector\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "conn = psycopg2.connect(\n", "    host=\"replica.prod.internal\", dbname=\"billing\",\n",
            "    user=\"analyst_tomas\", password=\"" + S(pw1, "postgres", "psycopg2 password in notebook cell") + "\")\n",
            "subs = pd.read_sql(\"select * from subscriptions\", conn)\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": [
                "connected as analyst_tomas (password=" + N("********", "postgres", "masked in printed output", "masked") + ")\n"]}],
         "source": ["print(f\"connected as {conn.info.user} (password=********)\")\n"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
            "ctx = snowflake.connector.connect(\n", "    user='TOMAS', account='nw12345.eu-central-1',\n",
            "    password='" + S(pw_word(r), "snowflake", "snowflake.connector password in notebook") + "',\n",
            "    warehouse='ADHOC_WH')\n"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    f.done(json.dumps(nb, indent=1))

    f = new(D + "notebooks/s3_backfill.ipynb"); r = f.r; S, N = f.s, f.n
    cells = [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import boto3\n",
            "s3 = boto3.client(\"s3\",\n",
            "    aws_access_key_id=\"" + f.p(aws_id(r), "aws", "key id in boto3.client() in notebook", pair=True) + "\",\n",
            "    aws_secret_access_key=\"" + f.p(aws_secret(r), "aws", "secret key in boto3.client() in notebook") + "\",\n",
            "    region_name=\"eu-central-1\")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["{'ETag': '\"" + N(hexs(r, 32), "aws", "S3 ETag (MD5 of object)", "hash-nonsecret") + "\"', 'VersionId': 'null'}\n"]}],
         "source": ["s3.put_object(Bucket='nw-raw', Key='backfill/2023.parquet', Body=b'...')\n"]},
    ]
    f.done(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1))

    f = new(D + "logstash/pipeline/erp-jdbc.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""input {{
  jdbc {{
    jdbc_driver_library => "/usr/share/logstash/mssql-jdbc-12.4.2.jre11.jar"
    jdbc_driver_class => "com.microsoft.sqlserver.jdbc.SQLServerDriver"
    jdbc_connection_string => "jdbc:sqlserver://erp-sql01.corp.example:1433;databaseName=ERP"
    jdbc_user => "logstash_ro"
    jdbc_password => "{S(pw_season(r), 'sqlserver', 'Logstash jdbc_password')}"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM audit_log WHERE id > :sql_last_value"
  }}
}}
output {{
  elasticsearch {{
    hosts => ["https://es1.data.internal:9200"]
    user => "logstash_writer"
    password => "{N('${ES_WRITER_PW}', 'elasticsearch', 'Logstash keystore/env reference', 'env-ref')}"
    index => "erp-audit-%{{+YYYY.MM}}"
  }}
}}
""")

    f = new(D + "nifi/conf/nifi.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""nifi.flow.configuration.file=./conf/flow.xml.gz
nifi.web.https.host=nifi.data.internal
nifi.web.https.port=8443
nifi.sensitive.props.key={S(pw_alnum(r, 24), 'nifi', 'NiFi sensitive properties key')}
nifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256
nifi.security.keystore=./conf/keystore.p12
nifi.security.keystoreType=PKCS12
nifi.security.keystorePasswd={S(hexs(r, 32), 'java-keystore', 'NiFi keystore password')}
nifi.security.keyPasswd={N('', 'java-keystore', 'empty means same as keystore password', 'empty', anchor='nifi.security.keyPasswd=')}
nifi.security.truststorePasswd={N('', 'java-keystore', 'empty truststore password', 'empty', anchor='truststorePasswd')}
""")

    f = new(D + "great_expectations/uncommitted/config_variables.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""warehouse_creds:
  drivername: postgresql
  host: warehouse.data.internal
  port: '5432'
  username: ge_validator
  password: {N('${GE_WAREHOUSE_PW}', 'postgres', 'GX env substitution', 'env-ref')}
  database: dwh
""")
    f = new(D + "great_expectations/great_expectations.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""config_version: 3.0
datasources:
  warehouse:
    class_name: Datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      credentials: {N('${warehouse_creds}', 'great-expectations', 'substitution from config_variables.yml', 'template')}
config_variables_file_path: uncommitted/config_variables.yml
plugins_directory: plugins/
""")

    f = new(D + "sql/redshift/copy_orders.sql"); r = f.r; S, N = f.s, f.n
    kid, sec = aws_id(r), aws_secret(r)
    f.done(f"""-- one-off backfill, run by hand
COPY raw.orders
FROM 's3://nw-raw/orders/2023/'
CREDENTIALS 'aws_access_key_id={kid};aws_secret_access_key={f.p(sec, 'aws', 'secret key in Redshift COPY CREDENTIALS')}'
FORMAT AS PARQUET;

-- the proper way
COPY raw.customers
FROM 's3://nw-raw/customers/'
IAM_ROLE '{N('arn:aws:iam::' + str(r.randint(10**11, 10**12)) + ':role/redshift-copy', 'aws', 'IAM role ARN, not a secret', 'identifier')}'
FORMAT AS PARQUET;
""")

    f = new(D + "sqoop/import_erp.sh"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/bin/bash
sqoop import \\
  --connect "jdbc:sqlserver://erp-sql01.corp.example:1433;database=ERP" \\
  --username sqoop_ro --password '{S(pw_sym(r), 'sqlserver', 'sqoop --password on command line')}' \\
  --table Invoices --target-dir /raw/erp/invoices -m 4

sqoop import \\
  --connect jdbc:mysql://crm-db.corp.example/crm \\
  --username sqoop_ro --password-file {N('hdfs:///user/etl/.crm.password', 'mysql', 'password file reference', 'secret-ref')} \\
  --table contacts --target-dir /raw/crm/contacts
""")

    f = new(D + "requirements.txt"); r = f.r; S, N = f.s, f.n
    lines = ["# pip-compile --generate-hashes requirements.in"]
    for pkg, ver in (("apache-airflow-providers-postgres", "5.10.0"), ("psycopg2-binary", "2.9.9"), ("pandas", "2.2.0")):
        lines.append(f"{pkg}=={ver} \\")
        lines.append(f"    --hash=sha256:{N(hexs(r, 64), 'pypi', 'pip --hash pin of a public wheel', 'hash-nonsecret')} \\")
        lines.append(f"    --hash=sha256:{hexs(r, 64)}")
    f.done("\n".join(lines))

    f = new(D + "databricks/.databrickscfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""[DEFAULT]
host  = https://adb-{r.randint(10**15, 10**16)}.7.azuredatabricks.net
token = {f.p('dapi' + hexs(r, 32), 'databricks', 'Databricks personal access token')}

[staging]
host      = https://adb-{r.randint(10**15, 10**16)}.12.azuredatabricks.net
auth_type = {N('azure-cli', 'databricks', 'auth delegated to az cli, no secret', 'secret-ref')}
""")

    plain(D + "README.md", """# data-platform

* `airflow/` - DAGs and deployment config (Celery executor on k8s)
* `dbt/` - transformations; run `dbt build --target dev`
* `spark/`, `hadoop/`, `hive/`, `trino/` - cluster configuration
* `kafka/`, `kafka-connect/` - CDC from the shop database
* `notebooks/` - ad-hoc analysis. Clear outputs before committing.
""")
