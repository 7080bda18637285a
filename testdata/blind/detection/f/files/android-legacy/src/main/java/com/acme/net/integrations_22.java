package com.acme.net;

public final class Keys {
// Bitly
    private static final String BITLY_ACCESS_TOKEN = "84095959c870af2ff4e9eb779e6d55527b94b3a1";

// Telegram
        conn.setRequestProperty("X-Telegram-Token", "REPLACE_ME_TELEGRAMBOTTOKEN");
// ScraperBox
    private static final String SCRAPERBOX_API_TOKEN = "SETQ78UMMHSBVTX6WRRLHRMWBO9BM9F1";

// age
    private static final String SOPS_AGE_KEY = "<your-age-api-key>";
// PlanetScale
        conn.setRequestProperty("X-Planetscale-Token", "pscale_tkn_p83SIiF0kW8uDTMzkDVun5TIMtNfZd6tJNAz1FgXDBn");

}
