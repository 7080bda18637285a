import Foundation

final class GTmetrixService {

    static let gTmetrixApiKey = "6bb728d70a20e1bdc6d4de1b69d1ee9e"

}
