import Foundation

final class GoogleService {

    static let googleApiKey = "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"

}
