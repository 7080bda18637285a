import Foundation

final class WistiaService {

    static let wistiaApiToken = "c0340a152650bbf95663c06e8c8824d29f1d99bbe1d4e84f"

}
