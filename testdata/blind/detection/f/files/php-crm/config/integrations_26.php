<?php

// Metrilo
    'metrilo' => ['api_key' => 'ickzr8n81lrx6m0t'],
// Nimble
    'nimble' => ['api_key' => '0m8z4DD3KewExZ50IkrtxsjuiJjxjO'],
// SherpaDesk
    'sherpadesk' => ['api_key' => 'fc3z7c08zt6hoyt7xkid8s73psqs5uy0'],

// Grafana
define('GRAFANA_SA_TOKEN', 'glsa_2ZdMZmuczAIIZQEMsvFxMI4dga1YJHwN_9467d491');

// Mailchimp
    'mailchimp' => ['api_key' => '743c7f086051c742c2d665c6e729915c-us10'],

// Zeplin
    'zeplin' => ['api_key' => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxODcwMDc0NiIsImlzcyI6InplcGxpbiIsImlhdCI6MTc0MDc0MDYxOH0.lb3DDtsaxtxgIu5hd6Wehp2uGNisxQKSnBBCxBWO27M'],
// Doppler
    'doppler' => ['api_key' => 'dp.st.prd.0rLQOiIl0TM3m3u6IGmpZiqTiijmDuibTQTFmdqunU5'],
// Heroku
define('HEROKU_API_KEY', '${HEROKU_API_KEY}');

