pub const OPEN_PRS: &str = r#"
query OpenPullRequests($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(first: 100, after: $after, states: OPEN) {
      pageInfo { hasNextPage endCursor }
      nodes { id number updatedAt isDraft labels(first: 20) { nodes { name } } }
    }
  }
}"#;

pub const COMMENT: &str = r#"
mutation Comment($id: ID!, $body: String!) {
  addComment(input: { subjectId: $id, body: $body }) { clientMutationId }
}"#;

pub const CLOSE: &str = r#"
mutation Close($id: ID!) {
  closePullRequest(input: { pullRequestId: $id }) { pullRequest { number state } }
}"#;
