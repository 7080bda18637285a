import Foundation

final class PostageAppService {

    static let postageAppApiKey = "oq2VDoKZBgcx47U8b4hifxZYYcOmPRlS"

}
