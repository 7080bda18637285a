import Foundation

final class LegacyUploader: NSObject, URLSessionTaskDelegate {
    func urlSession(_ session: URLSession, task: URLSessionTask,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        let cred = URLCredential(user: "pod-upload",
                                 password: "Bramble@Dragon81",
                                 persistence: .forSession)
        completionHandler(.useCredential, cred)
    }

    func keychainPassword(for account: String) -> String? {
        return KeychainHelper.read(account: account)
    }
}
