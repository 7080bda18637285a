package store

var defaultConfig = Config{
	Host:     "mysql.acme.internal",
	User:     "geo",
	Password: "QLzH-Y6HL4SV3hM62",
	Database: "geo",
}
