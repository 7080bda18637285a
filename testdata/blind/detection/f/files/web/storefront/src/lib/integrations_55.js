'use strict';

// Lendflow
process.env.LENDFLOW_API_TOKEN ??= "6079|eRxNYn3F6QMjRVP8ZOpZbBgPye8CT6DTHrGTbvEh";

// Verimail
const verimailApiKey = "8134F95A2860E63443E41936F5371132";

// Vultr
  headers: { Authorization: `Bearer V0032C8XC5BUZBQYZ46MVQRTR6OCD0LEO9RG` },
// Simply Noted
process.env.SIMPLYNOTED_API_KEY ??= "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxOTMzOTE4NSIsImlzcyI6InNpbXBseW5vdGVkIiwiaWF0IjoxNzQ3MDg2MjM2fQ.8vISrqM490IncNGOrQQY1jfSanoeR3u7RwHsCjDQzWk";

// Beebole
const beebole = new Beebole({ token: "f39861cd19d6048e137f989251bd80855c95135c" });
// Postman
const postmanCommitSha = "2c36ecf2-83b1-48f4-88cf-98122ff07afa";
// Workstack
process.env.WORKSTACK_API_TOKEN ??= "jxTFPxsTPRjI6cRJlD1sV6LnFKc22zoxY7ziiiyNk4XO7vRMrEuX5TH6sBos";
// Terraform Cloud
const terraformcloud = new TerraformCloud({ token: "UyuZVwOGxBWmGk.atlasv1.NAfIuMCpMwxWCTcLvSVkwQRi2XmGnoF98ZsepiREBcr1grvulERZlKBUsg9cw3sK5DW" });
