Set-StrictMode -Version Latest

# Heroku
$env:HEROKU_API_KEY = "HRKU-AAkrDDipcunyTULquE8DgxmqvSrXVBSg8FP3fNdMjskvN7O0fM2vqj27Y0sI"
# FormCraft
$env:FORMCRAFT_API_KEY = "d6LtINsCs7t3MvII"
# SigOpt
$env:SIGOPT_API_TOKEN = "E8RYPGZ3CQ865D2H00NT064PUAEKF34BTG3PF2FN3B4F2YU9"

# Humanity
$headers = @{ Authorization = "Bearer 29c8102d19ebc18f5bd7ad773f6487688c95fd367" }
# OnePageCRM
$env:ONEPAGECRM_API_KEY = "${ONEPAGECRM_API_KEY}"

# Bulbul
$env:BULBUL_API_KEY = "QcyUAUbDFkgJMnbOyLFDhyZBVHmL45C7"
