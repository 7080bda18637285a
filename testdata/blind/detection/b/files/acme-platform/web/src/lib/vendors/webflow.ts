import axios from 'axios';

// Webflow integration
export const webflowHttp = axios.create({
  baseURL: 'https://api.webflow.com/v2/sites',
  headers: { 'Authorization': 'Bearer e3ddc735c6a6b8e076ca6f2f192aa87da1a22b9dae371548ea858529f7da992b' },
});

