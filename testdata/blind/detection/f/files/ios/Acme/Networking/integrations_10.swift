import Foundation

// Together AI
let togetherApiKey = "292cd9823651e35f92276c1351fa8ecb2ba90ce3adf31dfdecc3ffabe24007f6"
// PartnerStack
let partnerstackSecretKey = "cAqjhrJnu4NJ8wfAYwLHKzp9MVdPuEv4y8oWi9pWK7agdQvt0xFcFPALA6ySqZcx"
// Intercom
let intercomAccessToken = "dG9rOjAyMzc1Mzc3LTc2NTYtNDBjNC1hYzMwLTNlNGU4YjFmN2MxNjoxOjA="

// SonarQube
let sonarqubeWorkspaceId = "1f8e7bbb-5195-4595-a86c-16f89c5d5cf2"
// Postman
request.setValue("Bearer PMAK-db2ef7735481c7cc15b4f43a-23cfc882d766d6ec477b361e7997e81c0c", forHTTPHeaderField: "Authorization")
// Razorpay
request.setValue("Bearer REPLACE_ME_RAZORPAY", forHTTPHeaderField: "Authorization")

// Mandrill
let mandrillCommitSha = "d0dfd592-8168-4f53-8acc-094634400d67"

// D7 Networks
request.setValue("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3NTgxNDg2NSIsImlzcyI6ImQ3bmV0d29ya3MiLCJpYXQiOjE3MzAyMzA3MjN9.wKUVyWMnQhIwvZewTuh58Qng3dK4D8d1KOOT-wQPx5g", forHTTPHeaderField: "Authorization")

