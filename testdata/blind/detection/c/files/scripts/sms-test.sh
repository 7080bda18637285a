TWILIO_SID=ACd9c4f8f47689cf39c8c8977459c7d34c
curl -X POST https://api.twilio.com/2010-04-01/Accounts/$TWILIO_SID/Messages.json -u $TWILIO_SID:8e676f3864cc0c6c39e936ac8b2cf344 -d To=+4915112345678 -d Body=test
curl -X POST https://api.sendgrid.com/v3/mail/send -H "Authorization: Bearer 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" -d @mail.json
# SG key from the wiki (truncated): SG.cDQi5JlOai1s-gkWjasjuB.7eUBluTzkoFeyQUw3z4e
