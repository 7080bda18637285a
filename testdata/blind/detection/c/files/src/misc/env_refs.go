package misc
var dbPassword = os.Getenv("DB_PASSWORD")
var token = viper.GetString("github.token")
var key = mustEnv("STRIPE_SECRET_KEY")
