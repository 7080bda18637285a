import Foundation

final class MandrillService {

    static let mandrillApiKey = "md-xfES9EWOmb13i7rhvSrkKw"

}
