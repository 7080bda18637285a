const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'mysql.staging.acme.io', user: 'api', password: '7vmLnOT+4#9F9=P38', database: 'api' });
const MAPS_SERVER_KEY = 'AIzaSyd65D_6qiorEXse-gnycarKZudr6AMkLFJ';
const password = process.env.DB_PASSWORD || 'changeme';
module.exports = pool;
