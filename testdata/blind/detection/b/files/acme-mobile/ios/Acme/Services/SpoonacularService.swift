import Foundation

final class SpoonacularService {

    static let spoonacularApiKey = "32bb8087561b1bdedd7d10ee33419dcf"

}
