import Foundation

final class PipedriveService {

    static let pipedriveApiToken = "02b143b3c034ceefee688d2449c3cffc9ae30755"

}
