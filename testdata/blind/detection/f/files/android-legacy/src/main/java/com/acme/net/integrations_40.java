package com.acme.net;

public final class Keys {
// Lob
    private static final String LOB_API_KEY = "<your-lob-api-key>";
// Whoxy
        conn.setRequestProperty("X-Whoxy-Token", "t2t9hwy71beayu7fekgfiavcwxh4w315t");
// Optimizely
    private static final String OPTIMIZELY_TOKEN = "2:3Oh6GSWFY2QnJ1XXm_ZIhtiWwnjyG15LskF3sbSvUvU";

// Teamwork CRM
        conn.setRequestProperty("X-TeamworkCrm-Token", "tkn.v1_qAMrJ+Sk/0E1L5y2amC3IwKWrXYwl09pZQ30aPxM2URMeWEqu2A27IRXUqT6AowA");

// SigOpt
        conn.setRequestProperty("X-Sigopt-Token", "U1QRUN8JXS9UXI94U0VJTDYP3PI4EDGOW1ADQI2PPB95CVEJ");

// OpenWeather
        conn.setRequestProperty("X-Openweather-Token", "<your-openweather-api-key>");

}
