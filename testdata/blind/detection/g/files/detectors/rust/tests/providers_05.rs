mod common;
use common::*;

#[test]
fn providers_05() {
    assert_detects("serpstack", r#"curl -H "Authorization: Bearer 4e49275e9aa3d4aa5cc71455b255fa54" https://api.serpstack.com/api"#);
    assert_detects("serpstack", r#"let client = SerpstackClient::new("617d6eeb02c21833d06cddc49685117a");"#);
    assert_clean(r#"SERPSTACK_ACCESS_KEY="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx""#);
    assert_detects("nimble", r#"curl -H "Authorization: Bearer tjaPQB0ayLeihdFpXdIkJIKiCRcdNg" https://app.nimble.com/api"#);
    assert_detects("paystack", r#"PAYSTACK_SECRET_KEY="sk_live_bde8a2a1de867844fb7e1422257af63868a30928""#);
    assert_detects("paystack", r#"let client = PaystackClient::new("sk_live_5891fa7e68ca265eafe465661d049b5abc6b7504");"#);
    assert_detects("scalewaykey", r#"SCW_SECRET_KEY="bbc9192c-db44-498a-ae39-e3ae60541ca1""#);
    assert_clean(r#"SCW_SECRET_KEY="changeme""#);
    assert_detects("calorieninja", r#"CALORIENINJAS_API_KEY="UnyKIjpeEKwTqMUqC0hgwHR7D5mmQ9cb=""#);
    assert_detects("calorieninja", r#"curl -H "Authorization: Bearer AVxr1MkeSI4p65+sjcbpRuH9Z4COjo2g=" https://api.calorieninjas.com/api"#);
    assert_clean(r#"CALORIENINJAS_API_KEY="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx""#);
    assert_detects("trello", r#"curl -H "Authorization: Bearer ATTAae5525734afc1dbfe22dabdf36c50d66c3daaa5297829bcb6636feb65fec06b4F036605C" https://api.trello.com/api"#);
    assert_detects("sentrytoken", r#"let client = SentrytokenClient::new("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");"#);
    assert_detects("telegrambottoken", r#"curl -H "Authorization: Bearer 0236391133:AA5MeY0q6p-vuNtsEmAv5D3nLCkLEvtWJtG" https://api.telegram.org/api"#);
    assert_detects("gitea", r#"GITEA_TOKEN="d9e686cbdaa8de1a5b41c5d3fc0dd0496b72d006""#);
    assert_detects("typeform", r#"let client = TypeformClient::new("tfp_bxI7vvITuyZmWVAmogU1UoWSKxEhoxKR1m25UjC1QxDr_AUrUuU0DARzuGM");"#);
    assert_detects("typeform", r#"TYPEFORM_TOKEN="tfp_BY9CbvtMXOWyUPS6FtzXqj6Iqtl46d8uFQAgDWhT3WdB_aOxj9Iz6CAFuC1""#);
    assert_clean(r#"TYPEFORM_TOKEN="tfp_WkfrRkTWXHfSVg2ykP6edB8fN33uq""#);
    assert_detects("zerobounce", r#"ZEROBOUNCE_API_KEY="fdc950f437a96b00cd381679eecacd94""#);
    assert_detects("positionstack", r#"let client = PositionstackClient::new("b676d9d1e33a5b3aa0bd1085c8659a43");"#);
}
