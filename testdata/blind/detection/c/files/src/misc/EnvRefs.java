class EnvRefs {
    String dbPassword = System.getenv("DB_PASSWORD");
    String apiKey = System.getProperty("api.key");
    String token = @Value("${github.token}") String;
    String secret = env.getRequiredProperty("jwt.secret");
}
