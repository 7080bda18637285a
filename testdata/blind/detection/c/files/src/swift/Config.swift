import Foundation

enum Config {
    static let apiBase = URL(string: "https://api.northwind.io")!
    static let basicAuth = "kiosk:Spring2019_32V"
}
