package main

import (
	"database/sql"
	"log"
	"net/smtp"
	"os"

	"github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/go-sql-driver/mysql"
	"golang.org/x/crypto/ssh"
)

func main() {
	db, err := sql.Open("mysql", "syncer:monsoon-pebble-silver@tcp(crm-db.corp.example:3306)/crm?parseTime=true")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	creds := credentials.NewStaticCredentialsProvider(
		"AKIACFBNURDID2K4GSQH",
		"fk4dgUaDf87WPl7+NL3mxu5GhEssQ1UReVvm+uq+",
		"")
	_ = creds

	auth := smtp.PlainAuth("", "syncer@corp.example", "Ribbon3368", "smtp.corp.example")
	_ = auth

	cfg := &ssh.ClientConfig{
		User:            "deploy",
		Auth:            []ssh.AuthMethod{ssh.Password("Raven@Buffalo54")},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
	_ = cfg
	apiKey := os.Getenv("CRM_API_KEY")
	_ = apiKey
}
