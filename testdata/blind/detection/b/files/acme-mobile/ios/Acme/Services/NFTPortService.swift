import Foundation

final class NFTPortService {

    static let nftPortApiKey = "EXAMPLE"

}
