"""Redaction tests: these strings must be masked in logs. None of them is a live credential:
each fails the provider checksum or has the wrong length/alphabet on purpose."""
import pytest

CASES = [
    "ghp_1uwtgUdnE4jYpt2PwEd7JObVszy6Vo1Uhr88",  # bad crc
    "ghp_Jhy9mB9l3WhrKcLBj1xryTfIGAFNPn3bfJHI",  # bad crc
    "ghp_dGLHHMamuqODjZ86Yk0dKn31xn6UmG0OR6dD",  # bad crc
    "gho_vZc2XomthdQdEcW0iOCVgpooN1mKPnPeSPMw",  # bad crc
    "gho_KcipVErcKNAvMGDaBTvcri4ScJi9Ds4VOE4R",  # bad crc
    "ghu_lTBCK52MbxPGRfOcL43RVwpVYj5FLQ32uQ3Q",  # bad crc
    "ghu_7RBQjIZngccrsrCEIahzeOaezP91Y01LYae7",  # bad crc
    "ghs_Y3WPapMmM9MeQ8G3vf4iagWgxyZU811IoPZc",  # bad crc
    "ghs_72iccpCpyp8MbrstCj6dYBIRlZaR0x3eXYuS",  # bad crc
    "ghr_4ptVrRZg1H2LAbcUwtzYLotKctF5CM1iP2kk",  # bad crc
    "ghr_EU0flzkaNhBl7uOpfv6kn9SBXj8UgZ26PyEn",  # bad crc
    "ghp_h64Wzj3aNRHelrOpKUkdjJYxNnR3A9GH8M5J",  # bad crc
    "gho_URsOHh2V0FA3x6LmxZ58x2VMHXXRKd2nHl2B",  # bad crc
    "ghs_cg6ayAldDhcr3nBuYG5Z5QldTQtZCw3R6hdR",  # bad crc
    "ghp_NgU97VnmVwCqTBZ3UUSa8RAWEQq9ULkaguex",  # bad crc
    "npm_C61LxjsyS8ChW762eOELmrBm1oDZcQ1ezI4r",  # bad crc
    "npm_oAcqiwOW6U0djtlUgax8Yc59AkHV021Obper",  # bad crc
    "npm_94tGxmvVWyqjF22w0cBVZ4ZtpkadO73TVfTi",  # bad crc
    "npm_prLgIDFGuKTUvCJNCBFV3SIX1pL290RGoL7G",  # bad crc
    "npm_FNfEgSI2UwHAiJCwlOTYlPKl4nwNNNLHL2cj",  # bad crc
    "ghp_p7ymfAYzY5qplDzqkrPf",
    "github_pat_jwa2jLWEVYum3SyvJ84jrW_QdYGjURpvGBUUhqufgqTl91GDN7Xol",
    "glpat-vjylamlfc",
    "xoxb-06800122422",
    "xoxp-54981730333-93613",
    "sk_live_xfMTTu",
    "AKIAPH2KIMET9C",
    "sk-proj-hSHJkfoSeRUd",
    "sk-ant-api03-uQshTnmsx2fv5GDX",
    "hf_BcFiHgvZoIsr",
    "SG.oqfqJgAmqd_4zNvm_5vLF-",
    "AC7bbe931e3f0ec8910dd4",
    "shpat_e20c51b35223fb63",
    "dop_v1_d5bc66e2d0cf778c1ab8",
    "dckr_pat_cCFhxsod",
    "npm_S8dM77PQT7iBlobk",
    "pypi-AgEIcHlwaS5vcmc",
    "AIzaA8vMV0pCDIxg",
    "AccountKey=wNxBRQscIf8uP87r",
    "ghp_0bc5DbKlzNpaSU7TyMEIGANCmDd2xexn0gZs4yv0mbRa0r94Dx",
    "AKIAAOZQ8XR5UMIUWPFYLO54M6HG",
    "whsec_oez319DCmt4kssqZa8wBiynD8BnMjaZexuomjWsHU4Bv2Cd8eMhTWFGeHIXXJKSSpF3xbCMP5NhmCSHs_LxBGwzUG7bzLp5MCh8ay",
    "xoxb-19691728599-8098677434327-KI49TLChOW5BnxQs5p25IKkJ-RtoWnAaiaLp2kRroOdkp3c1V",
    "npm_m6XX6ZWZyYfanecDxC7BtXx8vN1myZRfhP4ozt6qKQESbUF3gDQxW0bzYwGm",
    "dckr_pat_9y0BoXIEClxa1rXKPKHnRCbfINOAQskSZ0BcyxhCY2qSg2Wmv1NDMxUOTHgb",
    "glpat-rm8fC238zcp2dWxOJU2nc3vY4tRFKI84XrCmQynO1DptNC8wWRYQrYaoSqdb9vjHvmL9ky",
    "dop_v1_4fae71447d8499d797b6e1284032397572f49896be7124902af388ba88567e515d14d2dda09f81c54583e993bf6b1a04",
    "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2cb91ba4fcff2d7c",
    "SKe7a426f4ada221d352cf4896f34de611124dc9b0069e4691",
    "ghp_ujPJfF!ymtsPvNvcNM@W0l7pPpIReu!!!!!!",
    "AKIAkxszulykvslhmlkj",
    "AKIAYCREAHDWIUNEFLJ1",
    "shpat_muypyxjmwupzxvvjogygsspzuuvmnono",
    "dop_v1_LTSKQQRIJIOQXMIYHTIPYPQRZHSOHHTOLIQJSMSSPYSPGURZXWVPYRNSNWMLGPXV",
    "ACzwstkphxrrsxtooqmshrxpqttsspnwuw",
    "xoxb-spvlhgsdjhq-lyfntnrgczcbh-4iRodVa20Tvpbmw6OHyh8iyr",
    "glpat-%&!!&&*$!!&*!&!!!&%!",
    "sk_live_=!+/=++=!-=+/=--!/!-=!+=",
    "SG.%&%&$!%$!!!%%$&&%!$!&$.%!%$!%!!&!%&&!%%!%%&&$&$$!&%$!!&!$!%&$&%&$&",
    "hf_4204401312028308482180332769481916",
    "AGE-SECRET-KEY-1BOIBOIOBIBBIIBOBBIOOIBBOIIIBOOIBBIIIBIIBBOOIBOOBIOBBOBOOIB",
    "ghp_************************************",
    "sk-proj-...Wx3k",
    "AKIA****************",
    "sk_live_****************4242",
    "xoxb-***-***-***",
    "sk-ant-api03-[REDACTED]",
    "glpat-[MASKED]",
    "[REDACTED]",
    "<redacted>",
    "AC********************************",
]

@pytest.mark.parametrize('raw', CASES)
def test_masked(raw):
    assert redact(raw) != raw or raw.startswith('[')
