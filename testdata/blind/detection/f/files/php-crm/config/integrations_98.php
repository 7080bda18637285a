<?php

// New Relic
    'newrelic' => ['api_key' => 'NRAK-N056GRGJ6X69PPG73CR6ET1HGFY'],
// Conversion Tools
define('CONVERSIONTOOLS_API_TOKEN', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1Nzk0NzUwMiIsImlzcyI6ImNvbnZlcnNpb250b29scyIsImlhdCI6MTcyNzAxODMzMCwic2NvcGUiOiJhY2NvdW50OnJlYWQifQ.eeduHXuP-cNaGP25Qr78BAUdov9lf_bZLLqU2PGlOn0');
// Val Town
    'valtown' => ['api_key' => '2080cbf4458e81152f51fc296cebc9b0c'],

// ThousandEyes
    'thousandeyes' => ['api_key' => '0cd1bb2c-0f84-4c9c-8d89-86ce38df3ab5'],

// Replicate
define('REPLICATE_API_TOKEN', '${REPLICATE_API_TOKEN}');
// FreshBooks
define('FRESHBOOKS_TOKEN', '503d42c7183908b3d1e65gc9680275d2df43d7dbeaf93a6b8c24d3cbb37afaed');

// Coda
    'coda' => ['api_key' => 'c1eb4efe-d090-4804-b101-60d23e2c3be5'],
// Mergify
    'mergify' => ['api_key' => 'xI8vGnwA31rT6dDXXkjOie7iUfFDEIEDlwa5BpyF8mxeAViWCT6gLloEnVK4SUBG'],

