package com.acme.app.net

import okhttp3.OkHttpClient
import okhttp3.Request

object ApiKeys {
    const val SHIPPO_API_KEY = "shippo_live_3ebd5659f058c48981a992c6d576438346173963"

    const val CLOUDCONVERT_API_KEY = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiIxIiwianRpIjoiNzQxMTU1Yjk3MmUyNTg4Mzc3ZTAyOTU2YmIzM2NhYzY0M2I4YTliOGQ5NDY2ZWVjYTFkZmFkYTVkN2M1ODkzNzcxYzAwZTM1ZjkwNWU0NmEiLCJpYXQiOjE3MTgwMDAwMDAsIm5iZiI6MTcxODAwMDAwMCwiZXhwIjo0ODczNjczNjAwLCJzdWIiOiI2MzcxNzEwMiIsInNjb3BlcyI6WyJ1c2VyLnJlYWQiLCJ0YXNrLnJlYWQiLCJ0YXNrLndyaXRlIl19.2547IaEaLFxnQmGwB1Gc4PoZDak6qP_pvHFJz_FdmyGcjrWN_l1EPxBZDoSc48w3TWC_3cUcpzV3JZOuU4-e2UCRGSA_cb9so5odkEKK9jdGLqfayS_v5eQYaO31cXDomHukt01DFCj_F4i0ZG_8YEpU93tdwwil_wTqjPNL2n1WErilP4PL89OGkJJHKVlQSiROzMiB6J2nUTLt2D4kmLFm6xmQMT7ZgQji6eD-w1Mnx0aMAdR9HbK_00j0XDZdqIjDHADKfv7bhx_JonhL_c7HzIZJrIoK5Q_h2TfnLq_ss7DBTYaUP_ZEwxS9hAX126iIv5EED5Rw_CO9JUIbPW"

    val checklyApiKey: String = "sv_749d4a45909452bbf683e7fb4bece614"

    fun crowdinRequest(): Request = Request.Builder()
        .url("https://api.crowdin.com/api/v2/projects")
        .addHeader("Authorization", "Bearer e1d7cc7b4fe287c4a9d75c59fc705069baf8ae461e626f335fe2ae84c0dfedf24bd1adc8d11802e0")
        .build()
}
