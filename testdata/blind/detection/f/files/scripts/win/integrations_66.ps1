Set-StrictMode -Version Latest

# Hybiscus
$env:HYBISCUS_API_KEY = "oXfTR8XtAdNzhQZlg4oEzz"

# PayMongo
$headers = @{ Authorization = "Bearer sk_live_I0hYtnw7Qmljxnoe1k85XSdm" }

# ZeroBounce
$env:ZEROBOUNCE_COMMIT_SHA = "b229f61ed38414bc54d1c0de5b9fea45628df7e1"

# Fastly
$headers = @{ Authorization = "Bearer p1nXTjqwFq4KyUNgLmytp3jEAsLnnsnZ" }
# Documo
$env:DOCUMO_API_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMDU1MDgyNSIsImlzcyI6ImRvY3VtbyIsImlhdCI6MTcwODUyMzU3MCwic2NvcGUiOiJhcGkifQ.BIlgdfDjwV2EGAcKIarv6IvnsGHW9xGbyWAVo__LkDA"

# Thunderstore
$env:TCLI_AUTH_TOKEN = "tss_zDqUhGxfB59TG6JvpN9CCquEfHgViL97Y0FEsMlD"
# Loggly
$headers = @{ Authorization = "Bearer c2abafd8-3172-4777-9a45-cc3d6e0c686c" }
