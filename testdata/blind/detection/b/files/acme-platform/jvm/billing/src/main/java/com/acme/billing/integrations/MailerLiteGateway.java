package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class MailerLiteGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String MAILERLITE_API_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiI0IiwianRpIjoiZTJhZDMxNWEzMjdmMzU2OGUxNTUyM2RkOTJjOTAwNDk2N2QwZGY2NjFjNTEwZmM3MTE4M2RjNWY1YTM4OWEwOTQ5NDM2Mjg1MmViZTg5NTYiLCJpYXQiOjE3NTM2OTEzNTksIm5iZiI6MTcyODI5NTI3NSwiZXhwIjoxODA3Nzc2MjM0LCJzdWIiOiI5MzA5NDIiLCJzY29wZXMiOltdfQ.bwuip8DBSCUKAdCexmNeQxkPHdj-tUoPa7rJsx5Gz5eGnz9e4CliLX4qy5XKmacJGmd6oKaGLnJSKzaWtQlAN77Q8J4ItTZD3bd1UILlh7o6U5nEHACb5Nz14dmQECure9DrMj2_kMtv1beA9dEqF4nNt-RnKsxMtJBlvimahxX57aJUkz1uxl7c7HMyM6fYlNNG864voDIQz11mSWXZxA69bMRXeQDvdfjB7MPoFK8vcA8kdcCSCg8kbKzfDTtFQb6BzzZDvGa9FOA7rm49qcMlQgHasvGYG1FTsdWl2C2TPoGhKaTM-L8T2VHBtwt0znfUETfQNO5DJ0HoCQL7y2EKXavhUzFgw3yY9jWjrYJP1kRdJraXSL9wOAr0Q1XFOmGhbVo3j0-NTEBjJD43Iaj0P7lLMzzKC6iaj1YXg2iewAQSJMTctoTDrpWGpKWrISvjmcnsUGCsTex9Q8nB04IFSiBDT--um90By92Gsr8UEh7Lla2yABK3ut_NOPH7slwmTv-Da9wupmXIsP1bRRSnqAcezQvbX6MPBLrr-DAzjVdLhekw5kAOmv8m-Tfx3qfwqRQgxdwnxAifJU6nbYROMDlqEMbebbQBM4BViHe_GwiVlW4ksHaSN3HcHfDnwM8wCtGjkEtz_cCKAeIFL5qh4sNjcsFLU66kOVvRiag";

    public HttpRequest mailerLiteRequest() {
        return HttpRequest.newBuilder(URI.create("https://connect.mailerlite.com/api/subscribers"))
            .header("Authorization", "Bearer " + MAILERLITE_API_TOKEN)
            .GET().build();
    }

}
