export const PASSWORD_POLICY = {
  minLength: 10,
  requireDigit: true,
  maxAgeDays: 365,
  denylist: ["password123", "letmein", "qwertyuiop"],
};

export function validatePassword(password: string): string[] {
  const errors: string[] = [];
  if (password.length < PASSWORD_POLICY.minLength) errors.push("Password is too short");
  if (!/[0-9]/.test(password)) errors.push("Password needs a digit");
  return errors;
}
