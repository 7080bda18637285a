import Foundation

final class OmnisendService {

    func omnisendRequest() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://api.omnisend.com/v5/contacts")!)
        request.setValue("f29f7821d5e65363edba6617-gsklXDsBi9gttFrEI03dAIf5TF1ouuxdRumL6Cb9sH3Q9x9BoI", forHTTPHeaderField: "X-API-KEY")
        return request
    }

}
