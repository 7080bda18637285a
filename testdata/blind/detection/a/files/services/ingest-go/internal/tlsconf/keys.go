package tlsconf

// devKey is used by the local mTLS test harness.
const devKey = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIFzvLChWj9Qmiue5iSoTMlVhCpUhuQJhsdJg0aUUYymKoAoGCCqGSM49
AwEHoUQDQgAE2WVYmjwyna+Wp5M8THwmvQQ2q2SHqsM5rEX45tawR4i/dxLaNs76
QTEfpBgzE7fnNTG544smWG6MESrPLZMfxw==
-----END EC PRIVATE KEY-----`
