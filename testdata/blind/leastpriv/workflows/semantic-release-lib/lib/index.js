module.exports = async function retryFetch() {};
