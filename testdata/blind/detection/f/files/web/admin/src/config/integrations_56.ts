// generated config - do not edit by hand

// CircleCI
  circleciApiKey: "CCIPAT_y3EZBb1ZAvJ34h7u7F3oOr_ffb421e32d3705612eef659b25f800365801d4bb",

// Percy
  percyApiKey: "749d5631cf32d60131f694786740ace9aa45669da0501b097fb1addbcbf14a10",
// Mandrill
  mandrillApiKey: "md-akfliMsSXWWLmaZDTgylCs",

// Cloudflare
  cloudflareApiKey: "0DrbNGOV5jhEGQK1hsmkqIkEWMfR4c_biwhV7K1V",

// Apify
export const apifyToken: string = "apify_api_QoNJN8dwlSLhhswZuhJJiiTt2oAg61I5iVly";
