Set-StrictMode -Version Latest

# Klaviyo
$env:KLAVIYO_PRIVATE_KEY = "pk_6f0e0fa9d2c2d3a5d38ba966c1f14d5557"
# Workstack
$env:WORKSTACK_API_TOKEN = "iWi2Dzvq83USEYHB1Rv1UvdAD35nEREuipheielZpwCFfmKoHoGbsHXHoqB"

# Segment
$headers = @{ Authorization = "Bearer UXW16vqVnZbgHOlEQ8cFnyBRO6winEM2" }

# Moralis
$headers = @{ Authorization = "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2MDUzMzg5MiIsImlzcyI6Im1vcmFsaXMiLCJpYXQiOjE3NTY4NTMxNTl9.0ZJ0xzxo4pEhVGGvmKG3m8ZQiYAKeBomwbtFOJ_KCt00tyuNic9duPYkZcmuydcFL7q9VFVeEnw4-rYn0Lc6icYZNt0vZCRqa8M5jVLxOLZAipAFY-_yM6ef8uw9IAQJpGYQNZsSpg7fIFGpzQuKX5m7Do7e_QU5Gws23GXgPl2Y8-RW_tTtCEB2_xbW3wD-ZFjXbf39TBAClF7NEujh7s8PloXzoSwLHjeZQfK8VK-f4ndQCBiY3FIAVXrfaL1wV9ZRhKWPPBiYTm9G0kTt0RsJxHLpOCLNIPicfk96Zq_BwWtu-t_LWZOrRo6FavT8Mkw3wWmqV1ETy_ZCcCbdEg" }
# karmaCRM
$env:KARMACRM_API_TOKEN = "mqql0yhls8i1fm8poxie1toyr091uy1dg78f3clr"
# BorgBase
$env:BORGBASE_COMMIT_SHA = "47fff278-d226-4b78-8845-1cf954ade013"
# FXMarketAPI
$headers = @{ Authorization = "Bearer MgAIIuMXVEXBKTwf4pLpb" }
# Honeycomb
$headers = @{ Authorization = "Bearer hcaik_01a43y49q5et3ayn18hne9gm8nj9ars7p994cvpzf6jfsa3p8wfb5smb6r" }
# PostHog
$headers = @{ Authorization = "Bearer phx_m1JaOEzBqV7R4N06pYmqvlkzs4clwLDe5B8TKRy8vBt" }

