import Foundation

final class TodoistService {

    static let todoistApiToken = "93f0bb8f382ee0851e70d329b61c32385f2e076e"

}
