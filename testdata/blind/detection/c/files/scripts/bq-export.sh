curl -H "Authorization: Bearer ya29.a0JsRQugBI2M866AKxwqlGxDaGUZzKEwLMfeUxjBhuekltsfp4iMd5yRx3pxKLN1QXFnvSaRaS9unPQM7uYEFlLNUupUOvsJOpuKv0oN4rbg2fQHduXYEVrnECpAthbYgiKm7TEeQHsgqnpbSGEG91yCm0YcShUox2" https://bigquery.googleapis.com/bigquery/v2/projects/nw-analytics/jobs
curl "https://www.googleapis.com/youtube/v3/search?part=snippet&q=northwind&key=AIzaA5Fs35vzhVp2BWR-B3HBdeT40DnPjUVuJTI"
