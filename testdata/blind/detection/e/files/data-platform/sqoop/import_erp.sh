#!/bin/bash
sqoop import \
  --connect "jdbc:sqlserver://erp-sql01.corp.example:1433;database=ERP" \
  --username sqoop_ro --password 'Flint%Silver44' \
  --table Invoices --target-dir /raw/erp/invoices -m 4

sqoop import \
  --connect jdbc:mysql://crm-db.corp.example/crm \
  --username sqoop_ro --password-file hdfs:///user/etl/.crm.password \
  --table contacts --target-dir /raw/crm/contacts
