import mysql from "mysql2/promise";
import nodemailer from "nodemailer";
import axios from "axios";
import OpenAI from "openai";
import { S3Client } from "@aws-sdk/client-s3";
import { WebClient } from "@slack/web-api";

export const pool = mysql.createPool({
  host: "crm-db.corp.example",
  user: "hub",
  password: "Copper%Birch52",
  database: "crm",
});

export const mailer = nodemailer.createTransport({
  host: "smtp.corp.example",
  port: 587,
  auth: { user: "hub@corp.example", pass: "Jasper3246" },
});

export const legacy = axios.create({
  baseURL: "https://legacy.corp.example/api",
  auth: { username: "hub", password: "jqEWoe7QZu1SNsVI" },
});

export const openai = new OpenAI({ apiKey: "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" });

export const s3 = new S3Client({
  region: "eu-central-1",
  credentials: {
    accessKeyId: "AKIA2X3GANMTJVJB5GKL",
    secretAccessKey: "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",
  },
});

export const slack = new WebClient("xoxb-757225190710-6544531716588-58RmcGrNF0Nm7j0tRoW1D7C1");
export const stripeKey = process.env.STRIPE_SECRET_KEY;
export const passwordField = "password";
