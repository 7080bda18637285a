# Plivo application and number identifiers (no credentials here)
PLIVO_APP_ID = "72109476526604949126"
PLIVO_NUMBERS = ["+14155550100", "+14155550101"]
