<?php
return [
    'secret' => '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',
    'restricted' => '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',
    'webhook_secret' => 'whsec_3rjEGtcuZvwGmibqMwF8GboXpzD0xnzr',
    'publishable' => 'pk_live_EAjz4YWeQ7i70RXbH6WezLd7Wk3J88Dy9cTLKia9Fuq1j6DeqIMN0E35fNgw6pDv00B7jKLfUE5R6hBT1qKYPddFEdPVWE4P2Tt',
    'api_version' => '2024-06-20',
];
