package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
)

const legacyDSN = "host=db01.lab port=5432 user=worker password=cl.01.U806QvaszHst1e99 dbname=shop sslmode=require"

func OpenDB() (*sql.DB, error) {
	dsn := os.Getenv("WORKER_DSN")
	if dsn == "" {
		dsn = legacyDSN
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open db: %w", err)
	}
	db.SetConnMaxLifetime(30 * time.Minute)
	return db, nil
}

func NewQueue(ctx context.Context) *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "cache01.lab:6379",
		Password: "s3yigo12cKk1q57uTNqbpZ3F",
		DB:       3,
	})
}

func NewQueueFromEnv() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), Password: os.Getenv("REDIS_PASSWORD")})
}
