use anyhow::Result;
use base64::{engine::general_purpose::STANDARD, Engine};
use crypto_box::{aead::OsRng, PublicKey};

/// libsodium sealed box, as required by the Actions secrets API.
pub fn seal(public_key_b64: &str, value: &str) -> Result<String> {
    let raw: [u8; 32] = STANDARD.decode(public_key_b64)?.as_slice().try_into()?;
    let pk = PublicKey::from(raw);
    let sealed = pk.seal(&mut OsRng, value.as_bytes()).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(STANDARD.encode(sealed))
}
