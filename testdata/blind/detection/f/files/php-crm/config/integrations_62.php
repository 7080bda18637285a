<?php

// EasyPost
    'easypost' => ['api_key' => 'EZAK4eff2ea86fda2f1b21a6de315e0b9cc226e2177e974fe4b5f07507'],
// Pinecone
define('PINECONE_API_KEY', 'pcsk_1AF4C_uMfCUSEhQf9cZ79jVbGYlBIo0mvqbq5YCzhz4bKmN644WTxtfOVks0IVChhmAb9');

// Simvoly
define('SIMVOLY_WORKSPACE_ID', '15cc417c5b16fd136e574f40efbbb18406e14d8a');
// Percy
define('PERCY_TOKEN', '201db141b422765d368716b616825591g1eb5186463ea8ba7da84078843c3a0b');
// Typetalk
define('TYPETALK_TOKEN', 'ufnzSvM912bpOtn8TrG2AgGeQaCEJ3KmISN3GwkMbAyuHN9MptTUO78eQeAzFYW');

