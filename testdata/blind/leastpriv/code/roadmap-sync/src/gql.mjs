import { graphql } from "@octokit/graphql";

export const gql = graphql.defaults({
  baseUrl: process.env.GITHUB_API_URL ?? "https://api.github.com",
  headers: { authorization: `token ${process.env.ROADMAP_TOKEN}` },
});

export const PROJECT = /* GraphQL */ `
  query ProjectFields($org: String!, $number: Int!) {
    organization(login: $org) {
      projectV2(number: $number) {
        id
        fields(first: 50) {
          nodes {
            ... on ProjectV2SingleSelectField { id name options { id name } }
          }
        }
      }
    }
  }`;

export const ISSUES = /* GraphQL */ `
  query RoadmapIssues($owner: String!, $repo: String!, $cursor: String) {
    repository(owner: $owner, name: $repo) {
      issues(first: 100, after: $cursor, states: OPEN, labels: ["roadmap"]) {
        pageInfo { hasNextPage endCursor }
        nodes { id number title milestone { title } }
      }
    }
  }`;

export const ADD_ITEM = /* GraphQL */ `
  mutation AddItem($project: ID!, $content: ID!) {
    addProjectV2ItemById(input: { projectId: $project, contentId: $content }) { item { id } }
  }`;

export const SET_QUARTER = /* GraphQL */ `
  mutation SetQuarter($project: ID!, $item: ID!, $field: ID!, $option: String!) {
    updateProjectV2ItemFieldValue(
      input: { projectId: $project, itemId: $item, fieldId: $field, value: { singleSelectOptionId: $option } }
    ) { projectV2Item { id } }
  }`;
