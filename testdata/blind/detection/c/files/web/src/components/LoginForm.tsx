export function LoginForm() {
  return (
    <form>
      <input type="password" name="password" placeholder="Password" autoComplete="current-password" />
      <input name="apiKey" placeholder="sk-..." />
      <label htmlFor="token">Personal access token (starts with ghp_)</label>
    </form>
  );
}
