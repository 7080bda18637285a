mod common;
use common::*;

#[test]
fn providers_20() {
    assert_detects("imagga", r#"let client = ImaggaClient::new("21979abd15df9334b4bfe7cd2b4b5dc9");"#);
    assert_detects("rubygems", r#"let client = RubygemsClient::new("rubygems_136cfb664900353cd5d8641a143fc539ae02fad9657aa794");"#);
    assert_detects("rubygems", r#"curl -H "Authorization: Bearer rubygems_7393630a5e2250f0d30664542b3478e04727b482a3b98219" https://rubygems.org/api"#);
    assert_detects("diffbot", r#"DIFFBOT_TOKEN="11bfc32f127c37efe2b62c495f5daa43""#);
    assert_detects("databricks", r#"curl -H "Authorization: Bearer dapi65e18a6b196020f6c5e5aa17f6f866a1" https://adb-1234567.azuredatabricks.net/api"#);
    assert_detects("databricks", r#"DATABRICKS_TOKEN="dapi99f9766bca80afeefb326987628c29c8""#);
    assert_detects("freshbooks", r#"FRESHBOOKS_CLIENT_SECRET="6a55218ea0f7229dafefff081baea03275c35b235ab37e11192256612656a58a""#);
    assert_detects("foursquare", r#"curl -H "Authorization: Bearer fsq3bGw/8hpVsnnc3XbCyuWlRCdvVYd14dHuLfdHk5Fw" https://api.foursquare.com/api"#);
    assert_clean(r#"FOURSQUARE_API_KEY="changeme""#);
    assert_detects("gyazo", r#"curl -H "Authorization: Bearer vk6MW9ret1BCvRvrarxyvuph8LNYchmMoK4n_On6Qtc" https://api.gyazo.com/api"#);
    assert_detects("clarifai", r#"let client = ClarifaiClient::new("b416a398bec5eca9dd759f8613aa2839");"#);
    assert_detects("clarifai", r#"CLARIFAI_PAT="22ca32e9cd5e653727013cc21a99894b""#);
    assert_detects("maxmindlicense", r#"curl -H "Authorization: Bearer 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" https://download.maxmind.com/api"#);
    assert_detects("brandfetch", r#"BRANDFETCH_API_KEY="jBi1PAvS3fmcvyeTDjGsnFx98CWgo0X8vDvpYd/oc3D=""#);
    assert_detects("square", r#"let client = SquareClient::new("EAAAyd_vosi04TzmpC4SAhAOvZW0E4DMnYaZhpR3Lq735p9e2lwmcbLpBzKza5Ln");"#);
    assert_detects("square", r#"curl -H "Authorization: Bearer EAAA66dvm9yZ6mGVWwymRZ52kshJfiWaQ5aMVqmtJ8l6D7ewFdH4RUyxB8t3Uo7E" https://connect.squareup.com/api"#);
    assert_detects("apollo", r#"curl -H "Authorization: Bearer DBDd_lCDB4zjEwRf0exNq3" https://api.apollo.io/api"#);
    assert_detects("apollo", r#"APOLLO_API_KEY="sNd_7maBDohEm6sYiD_g8W""#);
}
