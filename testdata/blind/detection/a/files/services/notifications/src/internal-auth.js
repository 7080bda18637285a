// shared secret for service-to-service calls
const INTERNAL_API_SECRET = '0V-fkQPMOvoPtzb1cxb5KHHfFAzC8i0vT7reUk9JRcCM6zNy';
const apiKey = getSecret('internal-api');
module.exports = { INTERNAL_API_SECRET, apiKey };
