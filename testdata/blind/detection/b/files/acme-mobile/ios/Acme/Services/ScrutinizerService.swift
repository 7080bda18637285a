import Foundation

final class ScrutinizerService {

    static let scrutinizerAccessToken = "00e2f4f76a66b035ad7d46911ad251f8533912e152235dcde5d17635683ed4c3"

}
