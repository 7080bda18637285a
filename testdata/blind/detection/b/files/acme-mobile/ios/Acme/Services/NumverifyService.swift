import Foundation

final class NumverifyService {

    static let numverifyAccessKey = "39a6d334bdb317bbdf619812"

}
