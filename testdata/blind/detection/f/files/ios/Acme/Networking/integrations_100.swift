import Foundation

// Whoxy
request.setValue("Bearer 8fb8vwmy0tj4zpltfkuix7z9tbq82l84", forHTTPHeaderField: "Authorization")
// OpenWeather
request.setValue("Bearer dbbe16f54b370afceb78867c0add1c69", forHTTPHeaderField: "Authorization")

// SonarQube
request.setValue("Bearer squ_b34d318466e729b7d08a2755a1ca6cd7040b5168", forHTTPHeaderField: "Authorization")
// Groq
let groqTraceId = "57611e7245642583c47903b5c26c57a03a9741bb"
// UptimeRobot
let uptimerobotApiKey = "u8413145-938b1f380c03d70e6fa5df4c"
// SonarCloud
let sonarToken = "32146f47d508a18d335afe0ca43899d973961e34"

