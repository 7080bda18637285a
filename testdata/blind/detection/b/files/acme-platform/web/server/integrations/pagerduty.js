import axios from 'axios';

// PagerDuty integration
const PAGERDUTY_API_KEY = 'qalWcaF3FU6ZaXSIneGh';
export const pagerDutyHeaders = () => ({ 'Authorization': `Token token=${PAGERDUTY_API_KEY}` });

module.exports = { ready: true };
