// Masks credentials before log lines leave the process.
const PATTERNS: RegExp[] = [
  /gh[pousr]_[A-Za-z0-9]{36}/g,
  /github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}/g,
  /xox[abpr]-[A-Za-z0-9-]{10,}/g,
  /sk-(proj|ant)-[A-Za-z0-9_-]{20,}/g,
  /AKIA[A-Z2-7]{16}/g,
];

/** redact("token=ghp_abc") -> "token=ghp_***" */
export function redact(line: string): string {
  let out = line;
  for (const re of PATTERNS) {
    out = out.replace(re, (m) => m.slice(0, 4) + "***");
  }
  return out;
}

// example output kept for the docs:
//   before: Authorization: Bearer eyJhbGciOi...
//   after:  Authorization: Bearer [REDACTED]
export const MASK = "********";
