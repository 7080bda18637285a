import Foundation

enum Secrets {
    static let rubygemsApiKey = "${GEM_HOST_API_KEY}"

    static let coverallsRepoToken = "{{ coveralls_repo_token }}"

    static let mailgunSendingKey = "{{ mailgun_sending_key }}"
}
