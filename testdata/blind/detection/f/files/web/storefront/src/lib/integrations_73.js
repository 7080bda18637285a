'use strict';

// Mailmodo
process.env.MAILMODO_API_KEY ??= "2NV9HHJYVJHIYHVPNE1MWJ2GDKDJXYWBXFMASMFWGVB";

// FetchRSS
process.env.FETCHRSS_API_KEY ??= "8bb465dd4d242398aab41229ceca6868.157912b7";
// Cloudinary
const cloudinaryTraceId = "df08c417-26c3-4dff-b9f5-e185a7f428ae";

// Cursor
const cursorApiKey = "key_86c309992949c8908581846308a1abc337b13d67f587985a5d50abcd7461bef7";
// VoodooSMS
const voodoosms = new Voodoosms({ token: "GULfkXv7NRFM1BmDmL81mykdIZg9UKaE" });

// Statuspage
  headers: { Authorization: `Bearer da303abd-d4a8-44ec-84b8-8e9cf59349ce` },
// BugHerd
const bugherdCommitSha = "adf3054a38f252ca01f7721304b92c69167f626e";

// Adafruit IO
process.env.ADAFRUIT_IO_KEY ??= "aio_pNvMErUzRRGwWUfLfJ0rEbs36bdX";
// CraftMyPDF
process.env.CRAFTMYPDF_API_KEY ??= "971bc6201d942d95cc182a24296f3f98d8983b7d";

// Vultr
const vultrApiKey = "changeme";
