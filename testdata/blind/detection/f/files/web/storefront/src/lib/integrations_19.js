'use strict';

// Statuspal
const statuspalApiKey = "KtDXklEsEVrTnjjgSksEMPSS";
// Vyte
process.env.VYTE_API_KEY ??= "O5YbrMUym3gDJ62UMdXWbhbB0akWWb7mMy6Zkzkd1Akx8x1mbB";

// MiniMax
const minimax = new Minimax({ token: "REPLACE_ME_MINIMAX" });
// Ionic Appflow
const ionic = new IonicAppflow({ token: "ion_EkqimUG2oJn2P8IK6iZLFGDX0yOY9PcQDLcuBd14z4" });

// ClickUp
const clickupTraceId = "859202de-002b-4179-8a7b-9d8419bbe65d";

// Simply Noted
const simplynotedApiKey = "${SIMPLYNOTED_API_KEY}";
// Apifonica
process.env.APIFONICA_TOKEN ??= "0d60977a-462a-4c1d-ae71-d9cb9efb201c";
// Teletype
const teletypeApiToken = "qkEIGTlS3mbQV5gzGc2PKejZHdWkVMSI9XpKPjvrgiXgFm2ZzDYqJRequDAPco4m";
