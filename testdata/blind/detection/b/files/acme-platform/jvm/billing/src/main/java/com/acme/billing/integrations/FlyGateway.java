package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class FlyGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest flyRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.machines.dev/v1/apps"))
            .header("Authorization", "FlyV1 fm2_lJPE3nRjcrrX4gPUZLl8H7Uflp6xLbtg1/IACDw3mRlQc77znfH3VDO8yXW8zu+8P0OoZWh5Luav9V47wZ6tnAZT+ym2jjDhPzBbvWfoOJK5mY/caBm8kEY1ByJiQ0139ClmXy6GGYi1UkVJ84seIPI/ytgpUzDCSwf2MBNlr23N7hwKu3TOHPZNs8q0H1bTCRiLdgXCHJeuiF0mJbHWFMJi0p0fZ2irzeH7Mk79Q4tsALvcDQvPqC4=")
            .GET().build();
    }

}
