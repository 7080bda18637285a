class Config:
    JSON_SORT_KEYS = False
    ENCRYPTION_KEY = "fc0bd64b5ce98b69c913f4591092b266446e8290d789805615235d98e0e2d8a4"
    WEBHOOK_HMAC_SECRET = "+qJiBlzh14ZffkeUASPtuuoCP2tIJbE/z6sdT6sK4yg="
    SESSION_COOKIE_NAME = "mlapi_session"
    API_KEY_HEADER = "X-Internal-Api-Key"
