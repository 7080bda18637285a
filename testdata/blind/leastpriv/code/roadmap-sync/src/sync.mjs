// Put every open `roadmap` issue of the listed repos on the org roadmap
// board, with its Quarter field taken from the milestone title ("2025-Q3").
import { gql, PROJECT, ISSUES, ADD_ITEM, SET_QUARTER } from "./gql.mjs";

const ORG = process.env.ROADMAP_ORG ?? "acme";
const NUMBER = Number(process.env.ROADMAP_PROJECT ?? 7);
const REPOS = (process.env.ROADMAP_REPOS ?? "acme/api,acme/web").split(",");

const { organization } = await gql(PROJECT, { org: ORG, number: NUMBER });
const project = organization.projectV2;
const quarter = project.fields.nodes.find((f) => f?.name === "Quarter");

for (const full of REPOS) {
  const [owner, repo] = full.split("/");
  let cursor = null;
  do {
    const { repository } = await gql(ISSUES, { owner, repo, cursor });
    for (const issue of repository.issues.nodes) {
      const { addProjectV2ItemById } = await gql(ADD_ITEM, { project: project.id, content: issue.id });
      const option = quarter?.options.find((o) => o.name === issue.milestone?.title);
      if (option) {
        await gql(SET_QUARTER, {
          project: project.id, item: addProjectV2ItemById.item.id, field: quarter.id, option: option.id,
        });
      }
    }
    cursor = repository.issues.pageInfo.hasNextPage ? repository.issues.pageInfo.endCursor : null;
  } while (cursor);
}
