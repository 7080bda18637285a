import Foundation

final class APIClient: NSObject, URLSessionDelegate {
    static let shared = APIClient()
    private let baseURL = URL(string: "https://field.kovalenko.dev/api")!

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodHTTPBasic else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        let credential = URLCredential(user: "field-app", password: "WALNUT%8892", persistence: .forSession)
        completionHandler(.useCredential, credential)
    }

    func login(user: String, password: String) async throws -> Data {
        var req = URLRequest(url: baseURL.appendingPathComponent("login"))
        req.httpMethod = "POST"
        req.httpBody = try JSONEncoder().encode(["user": user, "password": password])
        return try await URLSession.shared.data(for: req).0
    }
}
