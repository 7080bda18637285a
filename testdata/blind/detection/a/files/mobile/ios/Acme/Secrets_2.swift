import Foundation

enum Secrets {

    static func azureOpenaiRequest() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://acme-oai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01")!)
        request.setValue("795cf69c87bab415bd0283d065686085", forHTTPHeaderField: "api-key")
        return request
    }

    static let buildkiteAgentToken = "d493ccaaccd690e77f8b977d25d099f2d21cf65178ea2e70c4"

    static func gitterRequest() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://api.gitter.im/v1/rooms")!)
        request.setValue("Bearer 3191d24c7ebc1878cbe031fdb5d5af4f229276ea", forHTTPHeaderField: "Authorization")
        return request
    }
}
