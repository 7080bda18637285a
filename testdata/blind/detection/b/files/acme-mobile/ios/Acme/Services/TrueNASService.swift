import Foundation

final class TrueNASService {

    static let trueNASApiKey = "39-r5oIBueSKZGfZVns1AG9GL31T9ZbRN2MacVJRuS9vjvzX2jdotz2wN9xtIsmQIRG"

}
