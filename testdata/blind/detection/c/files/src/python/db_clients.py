import psycopg2
import redis
import smtplib
import paramiko
from ldap3 import Server, Connection

def pg():
    return psycopg2.connect(host='pg-prod', dbname='orders', user='orders', password='Quartz_9794ad')

def cache():
    return redis.Redis(host='cache-prod', port=6379, password="Orbitcedar88-", ssl=True)

def mail(msg):
    s = smtplib.SMTP('smtp.office365.com', 587)
    s.starttls()
    s.login('reports@northwind.io', 'FFppnYk6Scatjjz')
    s.send_message(msg)

def ssh(host):
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(host, username='deploy', password='UMCARGo65fk3qKXUczH', timeout=10)
    return c

def directory():
    conn = Connection(Server('ldaps://dc01.corp.northwind.io'), 'CN=svc_portal,OU=Service,DC=corp,DC=northwind,DC=io', 'chcZYnjwzKjfrhIlXa9', auto_bind=True)
    return conn

def mongo():
    from pymongo import MongoClient
    return MongoClient('mongodb://reporting:Atlas_5617dl@mongo-1:27017,mongo-2:27017/?replicaSet=rs0')

def pg_from_env():
    return psycopg2.connect(password=os.environ.get('PGPASSWORD'))
