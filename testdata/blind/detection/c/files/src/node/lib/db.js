'use strict';
const mysql = require('mysql2/promise');
const nodemailer = require('nodemailer');
const mongoose = require('mongoose');

exports.pool = mysql.createPool({
  host: 'mysql-prod',
  user: 'catalog',
  password: 'Tundramosaic35.',
  database: 'catalog',
});

exports.mailer = nodemailer.createTransport({
  host: 'smtp.mailgun.org',
  port: 587,
  auth: { user: 'postmaster@mg.northwind.io', pass: 'PWSvU78Z3IuwHojSRa7wF4nw' },
});

mongoose.connect('mongodb+srv://catalog:Cedar-5387py@cluster0.ab12c.mongodb.net/catalog?retryWrites=true&w=majority');
const secret = process.env.SESSION_SECRET || '';
