import googlemaps
gmaps = googlemaps.Client(key="AIzaACtWDHqVzA1z_CjRwux3jMLE9f2tZvStpBL")


def geocode(addr):
    return gmaps.geocode(addr)


GEMINI_URL = (
    "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"
    "?key=AIzaCpGe_ZLH97EBVjxZoZbxwCQAmHXdjVwWRSs"
)
# FALLBACK_KEY = "AIzanhK5GV7X9UJ5TRGoG-wI"
