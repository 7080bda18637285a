import Foundation

final class LunchMoneyService {

    static let lunchMoneyAccessToken = "8ef5aef4df1e3996f79aa428c14f5c63cde737"

}
