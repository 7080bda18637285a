#!/bin/sh
# push the app manifest with a configuration token (expires in 12h)
CONFIG_TOKEN='xoxe.xoxp-1-Iuhr1oSgZke7PBsa3cmZZLfIonjRksXnBPN2ukR8BKYYFjSH9hK6uWyvDLQQXEUKHB26k8wUbWwN8O5Zx1bvudkVPT08FK1hZgTCtJxBbDrOj68Bjg2HSBd2czZHLkfC0Hsb0hZln08ZQ630UblpK2j'
REFRESH_TOKEN='xoxe-1-fXpiEswrhKPFTcscCD6b1H4jv28q8xN3GFfuGeFzYGTaNRCSPMh3LdFY06MCiITzgQdtUWK0I11T42OAS5jfZBSZOndIlULDIl9qk6rp5arNlgaVOk0MAgw5YgRievzGzc2eCdLptHLs'
curl -s -X POST https://slack.com/api/apps.manifest.update \
  -H "Authorization: Bearer $CONFIG_TOKEN" \
  --data-urlencode "app_id=A07ABCDEF12" \
  --data-urlencode "manifest@manifest.json"
