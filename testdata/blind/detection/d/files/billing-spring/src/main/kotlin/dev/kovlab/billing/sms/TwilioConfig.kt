package dev.kovlab.billing.sms

import com.twilio.Twilio
import org.springframework.context.annotation.Configuration
import jakarta.annotation.PostConstruct

@Configuration
class TwilioConfig {
    private val accountSid = "ACcd661fcf51c49b2e23fea4471d805f4a"
    private val authToken = "0c8720f59e093fd3f075ac29f99052c7"
    val fromNumber = "+4915735981200"

    @PostConstruct
    fun init() {
        Twilio.init(accountSid, authToken)
    }
}
