const nodemailer = require("nodemailer");
const mysql = require("mysql2/promise");
const Anthropic = require("@anthropic-ai/sdk");

const transporter = nodemailer.createTransport({
  host: "smtp.mailgun.org",
  port: 587,
  auth: { user: "postmaster@mg.kovalenko.dev", pass: "Hazel*Willow73" },
});

const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY ?? "sk-ant-api03-YjynFl3DyMSgFnzdGCEAVYWKqXcf_3tR2RogZK1CFPrXU2j3CFFQaZn2y4whShksEFetq5_RIFQuCnq5BPW5zMMXG7qzyAA" });

async function pendingOrders() {
  const conn = await mysql.createConnection({
    host: "db01.lab",
    user: "notify",
    password: process.env.NOTIFY_DB_PASSWORD,
    database: "shop",
  });
  const [rows] = await conn.execute("SELECT id, email FROM orders WHERE status = 'pending'");
  return rows;
}

module.exports = { transporter, client, pendingOrders };
