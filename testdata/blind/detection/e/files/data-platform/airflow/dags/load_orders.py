from datetime import datetime
import psycopg2
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook


def _copy_orders(**ctx):
    src = psycopg2.connect(host="shop-db.prod.internal", dbname="shop", user="reporting",
                           password="Nimbus*Zephyr44")
    dst = PostgresHook(postgres_conn_id="warehouse").get_conn()
    api_token = Variable.get("shop_api_token")
    with src.cursor() as c, dst.cursor() as d:
        c.execute("select * from orders where updated_at >= %s", (ctx["ds"],))
        for row in c:
            d.execute("insert into raw.orders values %s on conflict do nothing", (row,))
    dst.commit()


with DAG("load_orders", start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False) as dag:
    PythonOperator(task_id="copy", python_callable=_copy_orders)
