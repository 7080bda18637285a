import { test, expect } from '@playwright/test';

const ADMIN_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS5leGFtcGxlIiwic3ViIjoiYzNkYmM5YTMtYzYyMC00ZWQyLTgyOTItYWI5Mjg2ODY2ZjQ5IiwiYXVkIjoiYWNtZS1hcGkiLCJpYXQiOjE3MzA2MDAwMDAsImV4cCI6MTg5MzQ1NjAwMCwic2NvcGUiOiJvcmRlcnM6cmVhZCBvcmRlcnM6d3JpdGUiLCJlbWFpbCI6Impkb2VAYWNtZS5leGFtcGxlIn0.WzlMVu3MCUZlvC5zoXX4t0PSlxoqho72Whl7R6LxiaY';

test('admin can list users', async ({ request }) => {
  const res = await request.get('/api/users', { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(res.ok()).toBeTruthy();
});
