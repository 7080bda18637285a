import Foundation

final class BrevoService {

    static let brevoSmtpKey = "dummy"

}
