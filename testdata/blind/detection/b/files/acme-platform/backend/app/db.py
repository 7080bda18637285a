import os
import getpass
import psycopg2

def connect_prod():
    return psycopg2.connect(host="pg.acme.internal", dbname="orders", user="orders_rw", password="u7KR.W7tWiPVM2U60")

def connect_interactive():
    pwd = getpass.getpass("Password: ")
    return psycopg2.connect(host="pg.acme.internal", dbname="orders", user=getpass.getuser(), password=pwd)

def connect_env():
    return psycopg2.connect(os.environ["DATABASE_DSN"], password=os.environ.get("DB_PASSWORD"))
