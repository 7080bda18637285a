const { scan } = require('../scan');

const cases = [
  { input: `const gitlabToken = "glpat-Mj7_MEmQKKBMSxhlZfSX";`, want: true },
  { input: `const client = new GitlabClient("gldt-eBFNAZq06hP8EJffsvJL");`, want: true },
  { input: `fetch("https://gitlab.com/v1/items", { headers: { "X-Gitlab-Key": "glrt-oXlpqVYZXuvuErs38XrV" } })`, want: true },
  { input: `const gitlabToken = "glpat-Cq45pSMG";`, want: false },
  { input: `const gitlabToken = "xxxxxxxxxxxxxxxx";`, want: false },
  { input: `const gitlabToken = "${GITLAB_TOKEN}";`, want: false },
];

describe('gitlab_tokens', () => {
  test.each(cases)('$input', ({ input, want }) => {
    expect(scan(input).length > 0).toBe(want);
  });
});
