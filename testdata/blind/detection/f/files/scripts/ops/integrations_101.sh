#!/usr/bin/env bash
set -euo pipefail

# ClickUp
curl -s "https://api.clickup.example/v2/items?api_key=pk_17901586_UVQBAKJUN6BUST82QRTOGB59YIJND2DD"
# NetSuite
curl -s "https://api.netsuite.example/v2/items?api_key=39981ca0efc9557cb0916341e0f8f2efbd0bbf0a8b9fe07f7e3d84d4c93k0c3c"

# Databricks
curl -s -H "X-Databricks-Key: dapic1019786dea276523d041dbc8ff714aa" "https://api.databricks.example/v1/status"
# FXMarketAPI
curl -s "https://api.fxmarket.example/v2/items?api_key=sbl7W3QXd3g9Y4jctqBf"
# Smooch
curl -s -H "X-Smooch-Key: YOUR_SMOOCH_TOKEN_HERE" "https://api.smooch.example/v1/status"

# Prospect CRM
curl -s -H "X-ProspectCrm-Key: 8ce2e103d35a5f69da5ce878gab92f59" "https://api.prospectcrm.example/v1/status"
# Voicegain
export VOICEGAIN_JWT="eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5NjEwNTc4MSIsImlzcyI6InZvaWNlZ2FpbiIsImlhdCI6MTczNTE4NDYyOX0.KrGtCyrEE5zfD31x_Sbgr6U4qzLYcdAxXfAi2sfHZdvFpwQfuEAUGPOlR3-wHFbBj1epHkZ4fkIWyi5RFj-cUlnSw9osbT56F5T4a6RA7S67AoqsuGJsAHEgBCUnpS17vQUpGKZgQtdUTU48-p3JaNi_Qot14MpMW46nt_w1gDwQtrfObwVHgg-DxbDdQtPgGqUPpYOCBg3IriAf_ayPaz5upQdXrQtg7x2x0wefMQHD3NO5ANQe7fdbUQdFSoqsoKoikvYirN0w-iU_sqg81rav0y97cUXplDn8evEe2apCPtbG0GoAOIvBGXFRo8JyGpF645Lcaz7lBugE1xfNhg"

# Apifonica
curl -s "https://api.apifonica.example/v2/items?api_key=cc7714a0-d133-4c82-91af-5febd8f76542"
