import Foundation

final class InfuraService {

    static let infuraApiKeySecret = "6c95806e219e7ef272a219fa60cae77f12289e2"

}
