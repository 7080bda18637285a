import Foundation

final class VoiceflowService {

    static let voiceflowApiKey = "VF.DM.40e4a0af4543a724b50417a3.94K5t66G7GWUwrXM"

}
