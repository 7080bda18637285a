REPO_STATE = """
query RepoState($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    id
    label(name: "needs-answer") { id }
    issues(first: 50, states: OPEN, labels: ["question"], orderBy: {field: CREATED_AT, direction: ASC}) {
      nodes { id number title createdAt comments { totalCount } }
    }
    pullRequests(first: 50, states: OPEN) {
      nodes { number title isDraft reviewDecision author { login } }
    }
  }
}
"""

ADD_COMMENT = """
mutation AddComment($subject: ID!, $body: String!) {
  addComment(input: {subjectId: $subject, body: $body}) { commentEdge { node { url } } }
}
"""

ADD_LABELS = """
mutation AddLabels($labelable: ID!, $labels: [ID!]!) {
  addLabelsToLabelable(input: {labelableId: $labelable, labelIds: $labels}) { clientMutationId }
}
"""

CREATE_ISSUE = """
mutation CreateDigest($repo: ID!, $title: String!, $body: String!) {
  createIssue(input: {repositoryId: $repo, title: $title, body: $body}) { issue { url } }
}
"""
