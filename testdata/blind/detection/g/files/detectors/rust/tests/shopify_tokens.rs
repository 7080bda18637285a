mod common;
use common::*;

#[test]
fn shopify_tokens() {
    assert_detects("shopify", r#"SHOPIFY_ACCESS_TOKEN="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""#);
    assert_detects("shopify", r#"let client = ShopifyClient::new("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");"#);
    assert_detects("shopify", r#"curl -H "Authorization: Bearer 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" https://acme-demo.myshopify.com/api"#);
    assert_clean(r#"SHOPIFY_ACCESS_TOKEN="shpat_I5R6h3GB""#);
    assert_clean(r#"SHOPIFY_ACCESS_TOKEN="<your-token>""#);
    assert_clean(r#"SHOPIFY_ACCESS_TOKEN="${SHOPIFY_ACCESS_TOKEN}""#);
}
