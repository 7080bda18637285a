package com.acme.net;

public final class Keys {
// Instabot
        conn.setRequestProperty("X-Instabot-Token", "Zn75QDuYx6J71S7xyAUcFsnrP2Rv7mk1oS14aMPosUMyXr4QK9t0erJa0fJUnWA1");
// Ramp
    private static final String RAMP_CLIENT_SECRET = "ramp_sec_JDCPsKWvUDuyUI2gplxr2ENukfwLVUXHGND5jHSPtDQrPVSr";

// SurveyBot
    private static final String SURVEYBOT_API_KEY = "UE92VBMo4O5AvffSfM2qnmy9SEuNo7EZgmlEZQkNvh";
// EcoStruxure IT
        conn.setRequestProperty("X-EcostruxureIt-Token", "x3eJuiHiD07q58k9im8i5VZtfN2roz0wBdTvrBDb8UTV6zlE");
// New Relic
        conn.setRequestProperty("X-NewRelic-Token", "NRAK-PCRXQK96YL507QICIKJD1PB8X2V");
}
