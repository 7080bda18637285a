import Foundation

enum Secrets {
    static let exchangeratesapiAccessKey = "9a77ce3a050505741d16d7c87411849a"

    static let squareToken = "SQUARE_TOKEN_EXAMPLE_VALUE"

    static let replicateApiToken = "r8_gFfoXDh6fwrChA297Xw0plkfS4X4cIRlo5SIj"
}
