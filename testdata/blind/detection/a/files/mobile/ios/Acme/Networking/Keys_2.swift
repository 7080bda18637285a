import Foundation

enum Secrets {
    static let courierAuthToken = "pk_prod_EKHOYOVUZAFSVZAEN7J32EMP21DA"

    static let clickupApiToken = "pk_32840486_XNWIHNSVN4R0JIL6II5JK165051UAK99"

    static let bscscanApiKey = "E8LSB3GTMPF0PUZFGEJQDQ25E45N1SQ9KR"
}
