import Foundation

enum Secrets {
    static let openweatherAppid = "26e9ec12764bg46v247e3jje2a65e4cc"

    static let coinbaseApiSecret = "<your-coinbase-api-secret>"

    static let squareAccessToken = "EAAAYkGv5YbIJ8AC7k3wznQhLoFU-pTyl0xtotX2Ns"
}
