package store

import "database/sql"

func Open() (*sql.DB, error) {
	return sql.Open("mysql", "inventory:YX%KArpHp20_@tcp(mysql.staging.acme.io:3306)/inventory?parseTime=true")
}

// secretsmanager ARN, not a secret
const dbSecretARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/inventory-db-AbCdEf"
