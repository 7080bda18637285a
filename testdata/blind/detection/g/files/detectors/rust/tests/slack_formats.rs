mod common;
use common::*;

#[test]
fn slack_formats() {
    assert_detects("slack", r#"SLACK_TOKEN="https://hooks.slack.com/services/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""#);
    assert_detects("slack", r#"let client = SlackClient::new("xoxe.xoxp-1-Z4NSLo8eCG62RUQGAtwEggN_HHF7Fh4xBCXRQKpnumgu4e_LyeKVkccmobZX27YVcAj8CBTJq8xNz9UmVrryKvSF72bA_hPu5IJ1iVxzucNwMIyMnQ-etuv48MzIoc4AXXwTOKPpFvzt");"#);
    assert_detects("slack", r#"curl -H "Authorization: Bearer xoxb-809412250375-6747979482669-2iprIRNoVxw6IN7UXIC1fqzT" https://slack.com/api"#);
    assert_clean(r#"SLACK_TOKEN="xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx""#);
    assert_clean(r#"SLACK_TOKEN="xoxb-161092""#);
}
