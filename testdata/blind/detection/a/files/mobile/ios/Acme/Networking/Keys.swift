import Foundation

enum Secrets {
    static let assemblyaiApiKey = "12b1f6b438c6a0e9c8b708375fd2979e"

    static let sourcegraphAccessToken = "sgp_7afe0a526e0d4a47f91ee89435bdb770f8246ef7"

    static let alibabaAccessKeyId = "LTAIuN7Ol6O2ShWdhiHEsddl"
    static let alibabaAccessKeySecret = "RMjada7NwdFcN2jAkJekWdUgbvLxcO"

    static let twitchOauthToken = "0gg0qrdwm2udbaani2j2hbx7ah4s6n"
}
