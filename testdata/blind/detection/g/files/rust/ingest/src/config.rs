pub struct Config { pub db_url: String, pub admin_password: String }

pub fn load() -> Config {
    Config {
        db_url: std::env::var("DATABASE_URL").unwrap_or_default(),
        admin_password: "6eyXowwYAF1Ps".to_string(),
    }
}
