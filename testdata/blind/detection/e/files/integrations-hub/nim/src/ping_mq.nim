import std/[httpclient, base64]

let client = newHttpClient()
client.headers = newHttpHeaders({"Authorization": "Basic " & encode("monitor:HLvmtuR4358eivmn")})
echo client.getContent("http://mq01.corp.example:15672/api/overview")
