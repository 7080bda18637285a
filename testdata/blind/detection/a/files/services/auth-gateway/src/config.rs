pub struct Config {
    pub redis_url: String,
    pub admin_password: String,
}

pub fn load() -> Config {
    Config {
        redis_url: "redis://127.0.0.1:6379".into(),
        admin_password: "Zy6IB!pv2EHtN!1Bq".into(),
    }
}

pub const MIN_PASSWORD_LEN: usize = 12;
