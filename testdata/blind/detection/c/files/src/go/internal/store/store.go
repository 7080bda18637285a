package store

import (
	"database/sql"
	"net/smtp"
	"os"

	"github.com/redis/go-redis/v9"
)

func Open() (*sql.DB, error) {
	return sql.Open("pgx", "postgres://ledger:VIXP5277.miikdu78@pg-ledger.northwind.internal:5432/ledger?sslmode=verify-full")
}

func Mail() smtp.Auth {
	return smtp.PlainAuth("", "ledger@northwind.io", "6FHpOfca2s6OBzTuRum1ATiK", "smtp.northwind.io")
}

func Cache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "cache-prod:6379",
		Password: "F5-tjH8hxLyStDSfApyN",
	})
}

var dsn = os.Getenv("LEDGER_DSN")
