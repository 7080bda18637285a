import axios from 'axios';

// GTmetrix integration
const GTMETRIX_API_KEY = '89f1eceejezq1cz57fcs03c74469t55f';

module.exports = { ready: true };
