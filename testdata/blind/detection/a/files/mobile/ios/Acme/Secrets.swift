import Foundation

enum Secrets {
    static let disqusApiSecret = "CQyxZsvJ4hmiIbIUuw8iO70q47OWajyPnnfKLhOPxbxcpAO1NwUKq2gbeZf7fNA7"

    static let alchemyApiKey = "WKccC0bbDNxk8sVo5Vvftl4Az30t9sav"

    static let discordBotToken = "OTQ4NTIyODY2MDQ4MzUzMzA0.2yoEoC.cgdRPfSTn9Iw8RnS9WP2dnrUgPvoSb8Hunc8At"

    static func dropboxRequest() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://api.dropboxapi.com/2/users/get_current_account")!)
        request.setValue("Bearer sl.HfvNbLzfWIZJuyTSe8NBKTaIdM0_gx96gSavl7gbbW35kgrbbT7FNxb1yTn_QMkjwVv0TYwLfip6KwJG_xwGOJl8CPoUcQUsUd8DVNX9zGewvGmONLbS1r_LibpgRr6egwCH0C0", forHTTPHeaderField: "Authorization")
        return request
    }
}
