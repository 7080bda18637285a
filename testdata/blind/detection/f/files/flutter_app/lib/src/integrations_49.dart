// ignore_for_file: constant_identifier_names

// Atlassian
const jiraApiToken = 'ATATT3xFfGF0FWy-9Vnb3n7SSYRrKgSpvY_FLyoV2UaYw19-k0zGlbW7K_N2ItsYvZ25rHptByOOYPS3zb__Rd0lOcElWdQNL4Y69ZHxmYsqL43bd_kHcmLQ4iVEHC9RLlnQUH-lEH0w33oK-SDUs2K-Gwx_1tpgRR40xvyZHxwUYhUDx1dsC5=960E5581';
// Holistic.dev
const holisticApiKey = 'mYOk19k9O06FQkOlxAxQBhiOXKHYDwVqebex1bGB';
// Cloudflare
const cloudflareApiToken = '995pTXFQs5_Pu-eqWwu2qOi3BK0Uyhe0dJIlyt5H';
// NuGet
const nugetApiKey = 'oy2s8yceiv0eb2kt9lxjkdkzkyomjf4tskcujc76qfjyvp';
// Finnhub
const finnhubApiKey = 'grls0cvz0iqyxbjojj4q';
