package com.acme.billing.security;

public final class SigningKeys {
    // TODO: load from KMS
    static final String PRIVATE_KEY =
        "-----BEGIN PRIVATE KEY-----\n" +
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCiuU8XY/IaYO0c\n" +
        "ZjzdciKHkAu7nKpU32UDphX5VDtxKTZvLAeADwihUjd6fe+FjiAp2Cqop27SACfj\n" +
        "7vV2FQE61fbWryyyjYRiFHg8hQg59X60/hKGocoZoJsev12nR28aio8BtTItzIgt\n" +
        "EHLY9gZnUqQypnOUU9mWIJbWKCoDd9pE1gcUZ0XP4hUNVwCtCCV7LnuVgDsEaAdT\n" +
        "PxT2Xu6qsu/JnsDF+GnoaO8xDT5/VY7pwBOrmFb7c9XZ0nbOT93ERhz+eBgSTE7w\n" +
        "8pIi2lHm3eguhiKvp4/WvUlMaiwWBJcE0BaYAs3azSsSC0GPWVi2mPr6HxfItJ1Q\n" +
        "P+WGlpXNAgMBAAECggEATgmLnh6O3Uqte8imGNcjKxsQHWXJJBHMal8Mu7lDFoZa\n" +
        "th8J68aJ73+z3nkl1MlvsFGcR6ygT3LGrp+LNRlmsRYqnhN9XpXSroy9ityLsOwE\n" +
        "W31bWhieCQNGUQ0aN15hMHvRkFKa4W7swZvZUCZQtN1jpGzCEhjSSRaQ79xsJaPg\n" +
        "VrNKcILaaRJBmzvp5EjVxH81mg9vB8V9SaMoZxdfKatb3N1Ar1v95PQ4xqSIiGe6\n" +
        "MRvdYDY/B8yKhT15hiBlPd3gikxAP+QFOesr3/MRPczcKXeZcvSov4s9ufa8Ryzo\n" +
        "akFsa2uRo4IVPP/AQ+AauXiW6kWO/geEwNSLxsbYuwKBgQDkZ7OmKCFfDIOQtpbO\n" +
        "4RqImmNMLeErV+vutdGr813lNQ3zVXlvuAq5u8suGg/a43zAjNyKrMspzmjvB3aU\n" +
        "Iz+bg6G0jtk4w+SADfRtHBWGDydFM8gM1aDk0K5WXfX+UNB1Ms1bqyrEf2S7UuI3\n" +
        "+XC1SvMWMrwZwFcxkk+REry/wwKBgQC2Yio5snwE0+gd3jrdTwoysLiIJhSg5a4m\n" +
        "7uZ8AiebRlt1g6IJJcWrLoRmgQBWE3UOEWHY3/NSlifuwtFhzlhcfodRba3+VZVT\n" +
        "pFcxoVMbnjDryW/6PjYXh0palwDHjX0mLkftKXwvwtimr3454KVub23NddIbb6mV\n" +
        "ny4WBmYLLwKBgQDJS1OaljeC6yZwPVr/jIez6Eym8LBHYL8/q+HTpzITNQTMdYIG\n" +
        "oa5iLk1Mng9nG6HwmLQtS0fp2k3Ei1FIESCX0BSNam+qhYo2CRZnqp6VfXlgldgy\n" +
        "53ta7UcYOsr3jQWKpHEz3tBcSOHf7ZYNOrrIK/u8jo4UK90shQO2mUrbvQKBgFET\n" +
        "ECw30HOg84UbfdVVRnZEIrO7Id5oW2NJPcIQfyTCQPPbQROJ6/XtpsOeQtUArz9C\n" +
        "sNlkrFihET1M8yDkRllPkb274OW3i7rzyiLw0O3tA1g9Yn6+WvNYm8/rYlhS6Dgp\n" +
        "yKV/lInytrZaOuVlnIScGhaEcpLpr1wot6boz0HXAoGAPwpEhyMoJaEDO073kxGI\n" +
        "lSWgU4aM4LnLqtMII3FiX3z3aSsIyNkyU5QdCpYfmSZOoaJ47G8VQljodwL/OlEH\n" +
        "7GV3LNB+oVCL0lLzisvFQ0CoLbq9vzIa7LyXPIUlypaEp4Z9KxlXz7QFEngAOVR/\n" +
        "EQ2QwhESdw+VncVrsJpoil0=\n" +
        "-----END PRIVATE KEY-----\n";

    private SigningKeys() {}
}
