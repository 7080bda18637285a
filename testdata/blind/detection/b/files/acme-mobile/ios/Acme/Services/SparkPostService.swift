import Foundation

final class SparkPostService {

    static let sparkPostApiKey = "44f4746b3b05gj2715ff5a7eb2a9c0s7vjd45exc"

}
