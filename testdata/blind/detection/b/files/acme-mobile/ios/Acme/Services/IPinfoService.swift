import Foundation

final class IPinfoService {

    static let iPinfoToken = "8583fe2dfa208b"

}
