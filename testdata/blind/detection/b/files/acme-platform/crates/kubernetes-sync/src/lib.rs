//! Kubernetes sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let kubernetes = KubernetesClient::new(KubernetesConfig {
    bootstrap_token: "w23owt.x0fon2n8i8i7pl8a".to_string(),
    ..Default::default()
    });
    Ok(())
}
