import Foundation

final class ScreenshotlayerService {

    static let screenshotlayerAccessKey = "692df39c2860cbd029364c1eb9b9aacd"

}
