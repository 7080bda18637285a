<?php

use PHPUnit\Framework\TestCase;

final class Providers07Test extends TestCase
{
    public static function cases(): array
    {
        return [
            ['debounce', "new \\Debounce\\Client('P85O65Q2QFHO6')", true],
            ['debounce', "define('DEBOUNCE_API_KEY', '${DEBOUNCE_API_KEY}');", false],
            ['gradle', "new \\Gradle\\Client('lkPCyciFPJu8qXCaxYmVPExRl8LN7THR')", true],
            ['gradle', "define('GRADLE_PUBLISH_SECRET', 'QlzWLZ8KZB1KyQV7ywBkZfzKwhbAUxTJ');", true],
            ['heroku', "new \\Heroku\\Client('3126e77b-3251-4a49-81ea-059419795370')", true],
            ['heroku', "define('HEROKU_API_KEY', 'b921d6ce-081b-4dd1-96f6-2988cb7f953e');", true],
            ['heroku', "define('HEROKU_API_KEY', '********');", false],
            ['clockify', "\$clockifyApiKey = 'IJZTJeo6DWoaXHMZITYXQRZk5PsnL/VFTIAl1IbZ8/qsDkBa';", true],
            ['textmagic', "define('TEXTMAGIC_API_KEY', 'kaQiI19uOHrQsOeAo4766Gfls1pFHJ');", true],
            ['textmagic', "define('TEXTMAGIC_API_KEY', 'example-key-not-real');", false],
            ['ipstack', "new \\Ipstack\\Client('2b3bb06d60522750023dfcff1cb72061')", true],
            ['signaturit', "define('SIGNATURIT_TOKEN', 'TqfTzs095PMkqt6C6R4gAkEmmkIqtccAdfTOH4HownYBZUQdk2ItXJisN8Iz');", true],
            ['signaturit', "define('SIGNATURIT_TOKEN', '%(SIGNATURIT_TOKEN)s');", false],
            ['bannerbear', "define('BANNERBEAR_API_KEY', 'bb_pr_829cfbd03358be0e9916c5b12845f3');", true],
            ['packagecloud', "\$packagecloudToken = 'ac8a9cadc0729efde5e81c0e4396700a2620e9978ed60946';", true],
            ['chartmogul', "define('CHARTMOGUL_API_KEY', '5f0c82a280af0109b85a3517b3d066db');", true],
            ['chartmogul', "new \\Chartmogul\\Client('d9143261c6993c644bb9def8ada944a2')", true],
            ['voodoosms', "\$voodoosmsApiKey = 'w9xIR0OVCtqVrIMP4dV8avqwC04dz4DWzxqLPV3U';", true],
            ['jina', "new \\Jina\\Client('jina_rYEpMzDzoTU0ihbN48GdLTwnYT1rZ0GBoYcu613eqiJH2y9NpAYAGSUFAgKD')", true],
        ];
    }
}
