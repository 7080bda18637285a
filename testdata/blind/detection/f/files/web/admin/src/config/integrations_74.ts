// generated config - do not edit by hand

// MongoDB Atlas
  mongodbApiKey: "b0ac5945-422a-4c40-b953-bf91ca0d8fa3",
// NewsAPI
export const newsapiKey: string = "{{ .Values.newsapi.apiKey }}";
// Geocodify
  geocodifyApiKey: "YOUR_GEOCODIFY_TOKEN_HERE",

// Vultr
  vultrapikeyApiKey: "U0WF06BDKP2NJYUGIP0PW1I1EDZP2M53AY9Y",
// Shortcut
export const shortcutApiToken: string = "d5df7439-8fa8-4193-8d68-dbfbc3ea209";

// Razorpay
export const razorpayKeySecret: string = "FWo4YmkLEHoicSVgmTlYWMEb";
// Whoxy
  whoxyApiKey: "rhz9c06ev85dwzrc9tw27tq4bcuz7gsqz",

// MeisterTask
  meistertaskApiKey: "ARrPduhbB7_7TbzAOEZRcNpMJ9XRUpMkIFoiF_OSsj",

