#!/usr/bin/env python3
"""Sync LDAP group membership into the CRM."""
import getpass
import os

import keyring
import psycopg
from ldap3 import ALL, Connection, Server

LDAP_URI = "ldaps://ldap01.corp-internal.net"
BIND_DN = "cn=crm-sync,ou=services,dc=corp-internal,dc=net"


def ldap_conn():
    server = Server(LDAP_URI, get_info=ALL)
    return Connection(server, BIND_DN, password="KdrNko31^UNISBEXQLaJ8", auto_bind=True)


def crm_conn():
    return psycopg.connect(host="db01.lab", dbname="crm", user="crm_sync", password="E-1uUN8cY5RMw8mB-q2RvyXQbI3L~")


def crm_conn_interactive():
    pw = getpass.getpass("CRM password: ")
    return psycopg.connect(host="db01.lab", dbname="crm", user=os.environ["USER"], password=pw)


def crm_conn_keyring():
    return psycopg.connect(host="db01.lab", dbname="crm", user="crm_sync",
                           password=keyring.get_password("crm", "crm_sync"))


if __name__ == "__main__":
    with ldap_conn() as l, crm_conn() as c:
        l.search("ou=groups,dc=corp-internal,dc=net", "(cn=crm-*)", attributes=["member"])
        print(len(l.entries), "groups")
