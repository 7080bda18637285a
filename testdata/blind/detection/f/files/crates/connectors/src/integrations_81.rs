// connector credentials

// Brevo
const BREVO_API_KEY: &str = "${BREVO_API_KEY}";

// Userflow
const USERFLOW_API_KEY: &str = "ak_wj8yisfn7igt2rb5qlu3zpharh";
// IPinfo
const IPINFO_TOKEN: &str = "396813402c9211";

// Dwolla
        .header("Authorization", "Bearer UvnLBN2mvKF45bf4YTajq5YFwXYRAwpUuw1XcUP8YEb799L98A")
// Shortcut
        .header("Authorization", "Bearer 5583dd87-4887-4e0b-83ab-11902920bb11")

// ReadMe
        .header("Authorization", "Bearer changeme")

// Supabase
const SUPABASE_ACCESS_TOKEN: &str = "YOUR_SUPABASETOKEN_TOKEN_HERE";
